package org.sanctuaryoversight.app.security.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.InProcessOidcProvider;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffAccountCommands.DisableStaffAccountCommand;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * City single sign-on against an OpenID Connect provider running in this process: the code flow end to end
 * (discovery at start-up, authorization redirect, code exchange with client credentials, RS256 ID token
 * checked against the provider's keys, nonce and audience). The provider says who someone is; only an
 * existing, enabled staff account named by the configured claim gets in, with that account's role, and an
 * account that must use TOTP still gives its code.
 */
@OversightTest
@AutoConfigureMockMvc
class CitySignInTest {

    static final InProcessOidcProvider CITY = new InProcessOidcProvider();

    @DynamicPropertySource
    static void cityIdentityProvider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.city.";
        registry.add(registration + "client-id", () -> InProcessOidcProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> InProcessOidcProvider.CLIENT_SECRET);
        registry.add(registration + "client-name", () -> "the city account");
        registry.add(registration + "scope", () -> "openid");
        registry.add("spring.security.oauth2.client.provider.city.issuer-uri", CITY::issuer);
    }

    @AfterAll
    static void stopProvider() {
        CITY.close();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    CommandGateway commands;

    @Test
    void the_sign_in_page_offers_the_city_account_in_both_languages() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/oauth2/authorization/city\"")))
                .andExpect(content().string(containsString("Sign in with the city account")));
        mvc.perform(get("/login").param("lang", "es")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Entrar con the city account")));
    }

    @Test
    void a_linked_investigator_signs_in_with_the_city_account_and_gets_the_accounts_role() throws Exception {
        String userId = account(StaffRole.INVESTIGATOR);
        CITY.signsIn(Map.of("sub", UUID.randomUUID().toString(), "preferred_username", userId));
        MockHttpSession session = new MockHttpSession();

        byte[] secret = StaffAccounts.newTotpSecret();
        accounts.enrollTotp(userId, secret);
        org.awaitility.Awaitility.await().until(() -> accounts.find(userId).orElseThrow().totpSecret() != null);

        MvcResult callback = signInWithCity(session);

        // every role gives its authenticator code after the city's sign-in too (issue 18)
        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login/totp")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .session(session).param("code", org.sanctuaryoversight.staff.Totp.code(secret, java.time.Instant.now(), 6)));
        mvc.perform(get("/staff/cases").session(session)).andExpect(status().isOk());
        mvc.perform(get("/staff/reports").session(session)).andExpect(status().isForbidden()); // not an investigator's
    }

    @Test
    void a_city_account_with_no_staff_account_here_is_refused_and_not_signed_in() throws Exception {
        CITY.signsIn(Map.of("sub", "someone-else", "preferred_username", "not-a-staff-member-" + UUID.randomUUID()));
        MockHttpSession session = new MockHttpSession();

        MvcResult callback = signInWithCity(session);

        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso");
        mvc.perform(get("/login").param("error", "sso")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sso-error\"")));
        MockHttpSession fresh = new MockHttpSession();
        MvcResult staffPage = mvc.perform(get("/staff/cases").session(fresh)).andReturn();
        assertThat(staffPage.getResponse().getStatus()).isEqualTo(302);
        assertThat(staffPage.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void a_disabled_account_or_a_token_without_the_claim_is_refused() throws Exception {
        String userId = account(StaffRole.INVESTIGATOR);
        commands.sendAndWait(new DisableStaffAccountCommand(userId, "test-admin", Instant.now()));
        await().until(() -> accounts.find(userId).orElseThrow().disabled());
        CITY.signsIn(Map.of("sub", UUID.randomUUID().toString(), "preferred_username", userId));
        assertThat(signInWithCity(new MockHttpSession()).getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso");

        CITY.signsIn(Map.of("sub", UUID.randomUUID().toString()));
        assertThat(signInWithCity(new MockHttpSession()).getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso");
    }

    @Test
    void an_ombudsperson_still_gives_the_totp_code_after_the_city_sign_in() throws Exception {
        String userId = account(StaffRole.OMBUDSPERSON);
        CITY.signsIn(Map.of("sub", UUID.randomUUID().toString(), "preferred_username", userId));
        MockHttpSession session = new MockHttpSession();

        MvcResult callback = signInWithCity(session);

        assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        MvcResult staffPage = mvc.perform(get("/staff/cases").session(session)).andReturn();
        assertThat(staffPage.getResponse().getStatus()).isEqualTo(403); // half signed in: no role yet
    }

    /**
     * Issue 18, item 5: the first single sign-on binds the account to the provider's issuer and subject; another
     * identity whose name claim names the same account is refused from then on, and the bound identity keeps signing
     * in even if its name claim changes.
     */
    @Test
    void the_first_single_sign_on_binds_the_account_to_issuer_and_subject() throws Exception {
        String userId = account(StaffRole.OMBUDSPERSON);
        String subject = UUID.randomUUID().toString();
        CITY.signsIn(Map.of("sub", subject, "preferred_username", userId));
        assertThat(signInWithCity(new MockHttpSession()).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        await().until(() -> subject.equals(accounts.find(userId).orElseThrow().ssoSubject()));
        assertThat(accounts.find(userId).orElseThrow().ssoIssuer()).isEqualTo(CITY.issuer());

        CITY.signsIn(Map.of("sub", UUID.randomUUID().toString(), "preferred_username", userId));
        assertThat(signInWithCity(new MockHttpSession()).getResponse().getRedirectedUrl()).isEqualTo("/login?error=sso");

        CITY.signsIn(Map.of("sub", subject, "preferred_username", "renamed-" + userId));
        assertThat(signInWithCity(new MockHttpSession()).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
    }

    /** Issue 18, item 5: a first single sign-on voids the one-time password an administrator handed over. */
    @Test
    void a_first_single_sign_on_voids_the_one_time_password() throws Exception {
        String userId = "city-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTimePassword = accounts.createWithOneTimePassword(
                new StaffMember(userId, "New " + userId, StaffRole.AUDITOR, null), "test-admin");
        await().until(() -> accounts.find(userId).isPresent());
        CITY.signsIn(Map.of("sub", UUID.randomUUID().toString(), "preferred_username", userId));
        assertThat(signInWithCity(new MockHttpSession()).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        await().until(() -> !accounts.find(userId).orElseThrow().mustChangePassword());

        MvcResult password = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("username", userId).param("password", oneTimePassword)).andReturn();
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    /** The browser's part of the code flow: to the provider, which approves at once, and back with the code. */
    private MvcResult signInWithCity(MockHttpSession session) throws Exception {
        MvcResult toProvider = mvc.perform(get("/oauth2/authorization/city").session(session)).andReturn();
        String authorize = toProvider.getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(CITY.issuer() + "/authorize");
        URI back = CITY.approve(authorize);
        assertThat(back.getPath()).isEqualTo("/login/oauth2/code/city");
        return mvc.perform(get(URI.create("http://localhost" + back.getPath() + "?" + back.getRawQuery()))
                .session(session)).andReturn();
    }

    private String account(StaffRole role) {
        String userId = "city-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new StaffMember(userId, "Staff " + userId, role, null), StaffAccounts.oneTimePassword(),
                false, "test");
        await().until(() -> accounts.find(userId).isPresent());
        return userId;
    }
}
