package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The address notifications go to, set in the pages: by the administrator for any account on the accounts page, and by
 * each person on their own staff home. It is optional (empty removes it), checked with the error next to the field in
 * the reader's language, and the page shows the new address right after saving.
 */
@OversightTest
@AutoConfigureMockMvc
class StaffEmailPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;

    @Test
    void the_administrator_sets_changes_and_removes_an_account_s_address_on_the_accounts_page() throws Exception {
        StaffPrincipal admin = principal(account(StaffRole.ADMIN, null));
        String liaison = account(StaffRole.DEPARTMENT_LIAISON, "police");

        MockHttpServletResponse saved = mvc.perform(post("/staff/accounts/{id}/email", liaison).with(csrf())
                .with(user(admin)).param("email", " Luz.Enlace@Police.CITY.example ")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/staff/accounts");
        assertThat(accounts.find(liaison).orElseThrow().email()).as("the page waited for the read model")
                .isEqualTo("Luz.Enlace@police.city.example");
        Element row = row(mvc.perform(get("/staff/accounts").with(user(admin))).andReturn().getResponse(), liaison);
        assertThat(row.selectFirst("input[name=email]").attr("value")).isEqualTo("Luz.Enlace@police.city.example");
        assertThat(row.selectFirst("label[for=email-" + liaison + "]").text()).contains(liaison);

        mvc.perform(post("/staff/accounts/{id}/email", liaison).with(csrf()).with(user(admin)).param("email", ""));
        assertThat(accounts.find(liaison).orElseThrow().email()).isNull();
        assertThat(row(mvc.perform(get("/staff/accounts").with(user(admin))).andReturn().getResponse(), liaison)
                .selectFirst("input[name=email]").attr("value")).isEmpty();
    }

    @Test
    void a_malformed_address_is_refused_next_to_its_field_in_spanish_and_nothing_changes() throws Exception {
        StaffPrincipal admin = principal(account(StaffRole.ADMIN, null));
        String investigator = account(StaffRole.INVESTIGATOR, null);
        accounts.changeEmail(investigator, "ivan@city.example", admin.member());
        await().until(() -> accounts.find(investigator).orElseThrow().email() != null);

        MockHttpServletResponse refused = mvc.perform(post("/staff/accounts/{id}/email", investigator).with(csrf())
                .with(user(admin)).header("Accept-Language", "es").param("email", "ivan@city")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        Element row = row(refused, investigator);
        assertThat(row.selectFirst("#email-" + investigator + "-error").text())
                .isEqualTo("Escriba un correo electrónico como nombre@ejemplo.org, o déjelo vacío.");
        assertThat(row.selectFirst("input[name=email]").attr("value")).as("what was typed stays").isEqualTo("ivan@city");
        assertThat(row.selectFirst("input[name=email]").attr("aria-invalid")).isEqualTo("true");
        assertThat(accounts.find(investigator).orElseThrow().email()).isEqualTo("ivan@city.example");
    }

    @Test
    void each_person_sets_or_removes_their_own_address_on_their_staff_home() throws Exception {
        StaffPrincipal ombudsperson = principal(account(StaffRole.OMBUDSPERSON, null));
        String home = mvc.perform(get("/staff").with(user(ombudsperson))).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(home).selectFirst("#email-title").text()).isEqualTo("Your email for notifications");
        assertThat(Jsoup.parse(home).selectFirst("input#email").attr("value")).isEmpty();

        MockHttpServletResponse saved = mvc.perform(post("/staff/email").with(csrf()).with(user(ombudsperson))
                .param("email", "olivia@city.example")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/staff#email-title");
        assertThat(Jsoup.parse(mvc.perform(get("/staff").with(user(ombudsperson))).andReturn().getResponse()
                .getContentAsString()).selectFirst("input#email").attr("value")).isEqualTo("olivia@city.example");

        MockHttpServletResponse refused = mvc.perform(post("/staff/email").with(csrf()).with(user(ombudsperson))
                .param("email", "olivia at city dot example")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.getContentAsString()).selectFirst("#email-error").text())
                .isEqualTo("Enter an email address like name@example.org, or leave it empty.");
        assertThat(accounts.find(ombudsperson.member().userId()).orElseThrow().email()).isEqualTo("olivia@city.example");

        mvc.perform(post("/staff/email").with(csrf()).with(user(ombudsperson)).param("email", " "));
        assertThat(accounts.find(ombudsperson.member().userId()).orElseThrow().email()).isNull();
    }

    @Test
    void nobody_but_an_administrator_sets_another_person_s_address() throws Exception {
        StaffPrincipal investigator = principal(account(StaffRole.INVESTIGATOR, null));
        String other = account(StaffRole.OMBUDSPERSON, null);
        assertThat(mvc.perform(post("/staff/accounts/{id}/email", other).with(csrf()).with(user(investigator))
                .param("email", "mine@city.example")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(accounts.find(other).orElseThrow().email()).isNull();
    }

    private String account(StaffRole role, String department) {
        String userId = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new StaffMember(userId, "Staff " + userId, role, department), "a long enough password", false,
                "test");
        await().until(() -> accounts.find(userId).isPresent());
        return userId;
    }

    private StaffPrincipal principal(String userId) {
        return new StaffPrincipal(accounts.find(userId).orElseThrow().member());
    }

    private static Element row(MockHttpServletResponse page, String userId) throws Exception {
        return Jsoup.parse(page.getContentAsString()).selectFirst("tr[data-account=" + userId + "]");
    }
}
