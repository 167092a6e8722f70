package org.sanctuaryoversight.app.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.security.signin.SignInSession;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.staff.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator's accounts page, signed in as a real administrator (password and TOTP): create an account (the
 * one-time password is shown once and must be replaced at first sign-in), list it, disable it (never oneself), and
 * every validation error next to its field. The JSON list is for administrators only.
 */
@OversightTest
@AutoConfigureMockMvc
class StaffAccountsAdminTest {

    static final String PASSWORD = "correct horse battery";

    final String client = "10.1." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    final ObjectMapper json = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    org.sanctuaryoversight.privacy.PersonalDataVault vault;
    @Autowired
    org.axonframework.eventsourcing.eventstore.EventStore events;

    @Test
    void an_administrator_creates_lists_and_disables_an_account_and_the_new_member_must_change_the_one_time_password()
            throws Exception {
        String admin = newId("adm");
        MockHttpSession session = signInAdministrator(admin);

        String page = ok(mvc.perform(get("/staff/accounts").session(session)).andReturn().getResponse());
        assertThat(page).contains("<code>" + admin + "</code>", "Your account", "Create an account");

        // create an investigator: the one-time password is shown once, in a response no one may keep
        String investigator = newId("inv");
        MockHttpServletResponse created = mvc.perform(form(session, investigator, "Irma Investigadora", "INVESTIGATOR", ""))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        String oneTimePassword = oneTimePassword(created.getContentAsString());
        assertThat(oneTimePassword).hasSize(24);

        // listed, with name, role and status
        await().until(() -> accounts.find(investigator).isPresent());
        String listed = ok(mvc.perform(get("/staff/accounts").session(session)).andReturn().getResponse());
        assertThat(listed).contains("<code>" + investigator + "</code>", "Irma Investigadora", "Investigator",
                "has not signed in yet").doesNotContain(oneTimePassword);

        // the new member signs in with the one-time password and must choose their own before reaching any staff page
        MvcResult first = signIn(investigator, oneTimePassword);
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        MockHttpSession newcomer = (MockHttpSession) first.getRequest().getSession(false);
        assertThat(mvc.perform(get("/staff/cases").session(newcomer)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(ok(mvc.perform(get("/login/totp").session(newcomer)).andReturn().getResponse()))
                .contains("newPassword");
        byte[] newcomerSecret = (byte[]) newcomer.getAttribute(SignInSession.NEW_SECRET);
        mvc.perform(post("/login/totp").with(csrf()).session(newcomer).param("newPassword", "my own long password")
                .param("confirmPassword", "my own long password")
                .param("code", Totp.code(newcomerSecret, Instant.now(), 6)));
        assertThat(mvc.perform(get("/staff/cases").session(newcomer)).andReturn().getResponse().getStatus()).isEqualTo(200);
        await().until(() -> !accounts.find(investigator).orElseThrow().mustChangePassword());
        assertThat(signIn(investigator, oneTimePassword).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        // disable it: it can no longer sign in
        MockHttpServletResponse disabled = mvc.perform(post("/staff/accounts/{id}/disable", investigator).with(csrf())
                .session(session)).andReturn().getResponse();
        assertThat(disabled.getRedirectedUrl()).isEqualTo("/staff/accounts");
        await().until(() -> accounts.find(investigator).orElseThrow().disabled());
        assertThat(signIn(investigator, "my own long password").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        // and the session they are still in ends at their next click
        MockHttpServletResponse stillOpen = mvc.perform(get("/staff/cases").session(newcomer)).andReturn().getResponse();
        assertThat(stillOpen.getRedirectedUrl()).isEqualTo("/login?disabled");
        assertThat(newcomer.isInvalid()).isTrue();
        assertThat(ok(mvc.perform(get("/login").param("disabled", "")).andReturn().getResponse()))
                .contains("your account was disabled");
        assertThat(ok(mvc.perform(get("/staff/accounts").session(session)).andReturn().getResponse()))
                .containsPattern("(?s)data-account=\"" + investigator + "\">(?:(?!</tr>).)*<span>Disabled</span>");

        // but never oneself
        MockHttpServletResponse self = mvc.perform(post("/staff/accounts/{id}/disable", admin).with(csrf()).session(session))
                .andReturn().getResponse();
        assertThat(self.getStatus()).isEqualTo(409);
        assertThat(self.getContentAsString()).contains("You cannot disable your own account.");
        assertThat(accounts.find(admin).orElseThrow().disabled()).isFalse();

        // a liaison needs a department; the user name cannot be taken twice
        String liaison = newId("lia");
        String madeLiaison = ok(mvc.perform(form(session, liaison, "Luis Enlace", "DEPARTMENT_LIAISON", "police"))
                .andReturn().getResponse());
        assertThat(oneTimePassword(madeLiaison)).isNotEqualTo(oneTimePassword);
        await().until(() -> accounts.find(liaison).isPresent());
        assertThat(accounts.find(liaison).orElseThrow().member().department()).isEqualTo("police");
        MockHttpServletResponse taken = mvc.perform(form(session, liaison, "Again", "AUDITOR", "")).andReturn().getResponse();
        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(taken.getContentAsString()).contains("id=\"userId-error\"", "This user name is already taken.");
    }

    @Test
    void invalid_accounts_are_refused_field_by_field_in_english_and_spanish_and_nothing_is_created() throws Exception {
        MockHttpSession session = signInAdministrator(newId("adm"));

        MockHttpServletResponse empty = mvc.perform(form(session, "", " ", "", "")).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("id=\"userId-error\"", "Enter a user name.",
                "id=\"displayName-error\"", "Enter the person&#39;s name.", "id=\"role-error\"", "Choose a role.")
                .doesNotContain("one-time-password");

        String liaison = newId("lia");
        MockHttpServletResponse noDepartment = mvc.perform(form(session, liaison, "Luz", "DEPARTMENT_LIAISON", "")
                .header("Accept-Language", "es")).andReturn().getResponse();
        assertThat(noDepartment.getStatus()).isEqualTo(400);
        assertThat(noDepartment.getContentAsString()).contains("id=\"department-error\"",
                "Un enlace de departamento debe estar vinculado a un departamento");
        MockHttpServletResponse unknownDepartment = mvc.perform(form(session, liaison, "Luz", "DEPARTMENT_LIAISON", "mars"))
                .andReturn().getResponse();
        assertThat(unknownDepartment.getContentAsString()).contains("There is no department with this code.");
        MockHttpServletResponse departmentForAuditor = mvc.perform(form(session, liaison, "Luz", "AUDITOR", "police"))
                .andReturn().getResponse();
        assertThat(departmentForAuditor.getStatus()).isEqualTo(400);
        assertThat(departmentForAuditor.getContentAsString()).contains("Only a department liaison is bound to a department");
        assertThat(mvc.perform(form(session, "Bad Name!", "Luz", "SUPERUSER", "")).andReturn().getResponse()
                .getContentAsString()).contains("A user name has 2 to 64", "Choose one of the listed roles.");
        assertThat(accounts.find(liaison)).isEmpty();
    }

    @Test
    void the_json_accounts_api_is_for_administrators_only() throws Exception {
        StaffPrincipal admin = new StaffPrincipal(new StaffMember(newId("adm"), "Api Admin", StaffRole.ADMIN, null));
        assertThat(mvc.perform(get("/api/v1/staff/accounts")).andReturn().getResponse().getStatus()).isEqualTo(401);
        for (StaffRole role : new StaffRole[] {StaffRole.OMBUDSPERSON, StaffRole.INVESTIGATOR, StaffRole.AUDITOR}) {
            StaffPrincipal other = new StaffPrincipal(new StaffMember("x-" + role.name().toLowerCase(), "X", role, null));
            assertThat(mvc.perform(get("/api/v1/staff/accounts").with(user(other))).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(post("/api/v1/staff/accounts").with(user(other)).contentType("application/json")
                    .content("{}")).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        String userId = newId("aud");
        MockHttpServletResponse created = mvc.perform(post("/api/v1/staff/accounts").with(user(admin))
                .contentType("application/json").content("""
                        {"userId":"%s","displayName":"Ada Auditor","role":"AUDITOR"}""".formatted(userId)))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        assertThat(json.readTree(created.getContentAsString()).get("oneTimePassword").asText()).hasSize(24);
        await().until(() -> accounts.find(userId).isPresent());
        JsonNode list = json.readTree(mvc.perform(get("/api/v1/staff/accounts").with(user(admin))).andReturn().getResponse()
                .getContentAsString());
        JsonNode mine = null;
        for (JsonNode account : list) {
            if (account.get("userId").asText().equals(userId)) {
                mine = account;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("role").asText()).isEqualTo("AUDITOR");
        assertThat(mine.get("mustChangePassword").asBoolean()).isTrue();
        assertThat(mine.toString()).doesNotContain("$2");
        MockHttpServletResponse invalid = mvc.perform(post("/api/v1/staff/accounts").with(user(admin))
                .contentType("application/json").content("{\"userId\":\"x y\",\"role\":\"DEPARTMENT_LIAISON\"}"))
                .andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentAsString()).contains("userId", "displayName", "department");
    }

    /**
     * Issue 18, item 3: an administrator helps a locked-out colleague (audited: the events name the administrator),
     * and disabling asks first, on a page of its own.
     */
    @Test
    void an_administrator_resets_another_s_authenticator_and_password_confirms_disabling_and_re_enables() throws Exception {
        String admin = newId("adm");
        MockHttpSession session = signInAdministrator(admin);
        String auditor = newId("aud");
        accounts.create(new StaffMember(auditor, "Ada Auditor", StaffRole.AUDITOR, null), PASSWORD, false, "test");
        await().until(() -> accounts.find(auditor).isPresent());
        accounts.enrollTotp(auditor, StaffAccounts.newTotpSecret());
        await().until(() -> accounts.find(auditor).orElseThrow().totpSecret() != null);
        String oldKey = accounts.find(auditor).orElseThrow().totpSecret().keyId();

        // the lost phone: cleared, its key destroyed; the next sign-in enrols a new authenticator
        MockHttpServletResponse reset = mvc.perform(post("/staff/accounts/{id}/totp-reset", auditor).with(csrf())
                .session(session)).andReturn().getResponse();
        assertThat(reset.getRedirectedUrl()).isEqualTo("/staff/accounts");
        assertThat(accounts.find(auditor).orElseThrow().totpSecret()).isNull();
        assertThat(vault.hasKey(oldKey)).isFalse();

        // the forgotten password: a new one-time password, shown once, which must be replaced at sign-in
        MockHttpServletResponse newPassword = mvc.perform(post("/staff/accounts/{id}/password-reset", auditor)
                .with(csrf()).session(session)).andReturn().getResponse();
        assertThat(newPassword.getHeader("Cache-Control")).contains("no-store");
        String oneTimePassword = oneTimePassword(ok(newPassword));
        assertThat(signIn(auditor, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        MvcResult first = signIn(auditor, oneTimePassword);
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        MockHttpSession auditorSession = (MockHttpSession) first.getRequest().getSession(false);
        assertThat(ok(mvc.perform(get("/login/totp").session(auditorSession)).andReturn().getResponse()))
                .contains("newPassword", "<svg");

        // the events say who did it
        assertThat(events.readEvents(auditor).asStream().map(e -> e.getPayload().toString()).toList())
                .anySatisfy(e -> assertThat(e).contains("StaffTotpResetEvent", admin))
                .anySatisfy(e -> assertThat(e).contains("StaffPasswordResetEvent", admin));

        // disabling asks first; the list links to the question, not straight to the action
        assertThat(ok(mvc.perform(get("/staff/accounts").session(session)).andReturn().getResponse()))
                .contains("href=\"/staff/accounts/" + auditor + "/disable\"");
        assertThat(ok(mvc.perform(get("/staff/accounts/{id}/disable", auditor).session(session)).andReturn().getResponse()))
                .contains("Disable the account " + auditor + "?", "action=\"/staff/accounts/" + auditor + "/disable\"");
        assertThat(accounts.find(auditor).orElseThrow().disabled()).isFalse();
        mvc.perform(post("/staff/accounts/{id}/disable", auditor).with(csrf()).session(session));
        await().until(() -> accounts.find(auditor).orElseThrow().disabled());
        assertThat(ok(mvc.perform(get("/staff/accounts/{id}/disable", auditor).param("lang", "es").session(session))
                .andReturn().getResponse())).contains("¿Desactivar la cuenta");

        MockHttpServletResponse enabled = mvc.perform(post("/staff/accounts/{id}/enable", auditor).with(csrf())
                .session(session)).andReturn().getResponse();
        assertThat(enabled.getRedirectedUrl()).isEqualTo("/staff/accounts");
        assertThat(accounts.find(auditor).orElseThrow().disabled()).isFalse();

        // never one's own account
        MockHttpServletResponse own = mvc.perform(post("/staff/accounts/{id}/totp-reset", admin).with(csrf())
                .session(session)).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(409);
        assertThat(accounts.find(admin).orElseThrow().totpSecret()).isNotNull();
    }

    // ---- helpers

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A real administrator: password, then the TOTP enrolment the first sign-in requires. */
    MockHttpSession signInAdministrator(String userId) throws Exception {
        accounts.create(new StaffMember(userId, "Admin " + userId, StaffRole.ADMIN, null), PASSWORD, false, "test");
        await().until(() -> accounts.find(userId).isPresent());
        MvcResult result = signIn(userId, PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(get("/login/totp").session(session));
        byte[] secret = (byte[]) session.getAttribute(SignInSession.NEW_SECRET);
        MvcResult done = mvc.perform(post("/login/totp").with(csrf()).session(session)
                .param("code", Totp.code(secret, Instant.now(), 6))).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/staff");
        return session;
    }

    MvcResult signIn(String userId, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", userId).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })).andReturn();
    }

    MockHttpServletRequestBuilder form(MockHttpSession session, String userId, String name, String role, String department) {
        return post("/staff/accounts").with(csrf()).session(session).param("userId", userId).param("displayName", name)
                .param("role", role).param("department", department);
    }

    static String ok(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    static String oneTimePassword(String page) {
        Matcher matcher = Pattern.compile("<code class=\"one-time-password\">([^<]+)</code>").matcher(page);
        assertThat(matcher.find()).as("the page shows a one-time password").isTrue();
        return matcher.group(1);
    }
}
