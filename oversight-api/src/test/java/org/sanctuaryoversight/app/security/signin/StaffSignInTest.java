package org.sanctuaryoversight.app.security.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffAccountView;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.staff.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@OversightTest
@AutoConfigureMockMvc
class StaffSignInTest {

    static final String PASSWORD = "correct horse battery";

    /** Each test is its own client, so the per-client limit of one test never blocks another. */
    final String client = "10.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    org.axonframework.commandhandling.gateway.CommandGateway commands;
    @Autowired
    org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder encoder;

    String account(StaffRole role, boolean mustChange) {
        String userId = "u" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new StaffMember(userId, "Staff " + userId, role,
                role == StaffRole.DEPARTMENT_LIAISON ? "police" : null), PASSWORD, mustChange, "test");
        org.awaitility.Awaitility.await().until(() -> accounts.find(userId).isPresent());
        return userId;
    }

    MvcResult signIn(String userId, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", userId).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })).andReturn();
    }

    @Test
    void the_sign_in_page_is_labelled_in_english_and_spanish() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("for=\"password\"")));
        mvc.perform(get("/login").param("lang", "es")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Contraseña")));
    }

    @Test
    void an_investigator_signs_in_with_password_and_code_and_logout_makes_the_old_session_useless() throws Exception {
        String userId = account(StaffRole.INVESTIGATOR, false);
        byte[] secret = StaffAccounts.newTotpSecret();
        accounts.enrollTotp(userId, secret);
        org.awaitility.Awaitility.await().until(() -> accounts.find(userId).orElseThrow().totpSecret() != null);
        MvcResult result = signIn(userId, PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(post("/login/totp").with(csrf()).session(session).param("code", Totp.code(secret, Instant.now(), 6)))
                .andExpect(redirectedUrl("/staff"));
        MvcResult staff = mvc.perform(get("/staff/anything").session(session)).andReturn();
        assertThat(staff.getResponse().getRedirectedUrl()).isNull();

        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
        MockHttpSession old = new MockHttpSession(null, session.getId());
        mvc.perform(get("/staff/anything").session(old)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void a_wrong_password_gets_the_generic_message() throws Exception {
        String userId = account(StaffRole.AUDITOR, false);
        assertThat(signIn(userId, "wrong password!").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(signIn("nobody-" + userId, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        mvc.perform(get("/login").param("error", "")).andExpect(
                content().string(org.hamcrest.Matchers.containsString("The username or password is wrong.")));
    }

    @Test
    void an_ombudsperson_is_only_half_signed_in_until_the_totp_code_and_enrols_on_first_sign_in() throws Exception {
        String userId = account(StaffRole.OMBUDSPERSON, false);
        MvcResult result = signIn(userId, PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(mvc.perform(get("/staff/anything").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        mvc.perform(get("/login/totp").session(session)).andExpect(status().isOk());
        byte[] secret = (byte[]) session.getAttribute(SignInController.NEW_SECRET);
        mvc.perform(post("/login/totp").with(csrf()).session(session).param("code", "000000x"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("code-error")));
        Instant firstCodeAt = Instant.now();
        mvc.perform(post("/login/totp").with(csrf()).session(session)
                        .param("code", Totp.code(secret, firstCodeAt, 6)))
                .andExpect(redirectedUrl("/staff"));
        assertThat(mvc.perform(get("/staff/anything").session(session)).andReturn().getResponse().getStatus())
                .isNotIn(302, 401, 403);

        // enrolled: the secret is sealed in the read model, and the next sign-in asks for a code from it
        org.awaitility.Awaitility.await().until(() -> accounts.find(userId).orElseThrow().totpSecret() != null);
        StaffAccountView account = accounts.find(userId).orElseThrow();
        assertThat(account.totpSecret().ciphertext()).doesNotContain(Totp.base32(secret));
        assertThat(accounts.totpSecret(account)).hasValueSatisfying(opened -> assertThat(opened).isEqualTo(secret));
        MvcResult again = signIn(userId, PASSWORD);
        MockHttpSession second = (MockHttpSession) again.getRequest().getSession(false);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        // A code is good once: the one just used is refused (a replay), the app's next code is accepted.
        mvc.perform(post("/login/totp").with(csrf()).session(second).param("code", Totp.code(secret, firstCodeAt, 6)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This code was already used")));
        mvc.perform(post("/login/totp").with(csrf()).session(second)
                        .param("code", Totp.code(secret, Instant.now().plusSeconds(30), 6)))
                .andExpect(redirectedUrl("/staff"));
    }

    /**
     * Issue 18, item 3: every role holds personal data (case material, a department's records, the access log), so
     * every role gives an authenticator code by default; the first sign-in shows the new key as a QR code drawn on
     * the server (inline SVG) and as text to type.
     */
    @Test
    void every_role_is_half_signed_in_until_a_code_and_enrols_with_a_qr_code() throws Exception {
        for (StaffRole role : StaffRole.values()) {
            MvcResult result = signIn(account(role, false), PASSWORD);
            assertThat(result.getResponse().getRedirectedUrl()).as(role.name()).isEqualTo("/login/totp");
            MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
            assertThat(mvc.perform(get("/staff").session(session)).andReturn().getResponse().getStatus())
                    .as(role.name()).isEqualTo(403);
            String page = mvc.perform(get("/login/totp").session(session)).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            byte[] secret = (byte[]) session.getAttribute(SignInController.NEW_SECRET);
            assertThat(page).contains("<svg", "<path d=\"M", Totp.base32(secret)).doesNotContain("src=\"http", "href=\"http");
        }
    }

    @Test
    void a_setting_may_relax_the_code_for_a_role_but_an_enrolled_account_still_gives_it() {
        SignInFlow relaxed = new SignInFlow(accounts, null, java.util.Set.of(StaffRole.AUDITOR));
        StaffMember auditor = new StaffMember("aud", "Aud", StaffRole.AUDITOR, null);
        StaffMember investigator = new StaffMember("inv", "Inv", StaffRole.INVESTIGATOR, null);
        assertThat(relaxed.needsCode(new StaffAccountView(auditor, "$2a$", false, null, false, null))).isFalse();
        assertThat(relaxed.needsCode(new StaffAccountView(auditor, "$2a$", false,
                new org.sanctuaryoversight.privacy.Sealed("k", "c"), false, null))).isTrue();
        assertThat(relaxed.needsCode(new StaffAccountView(investigator, "$2a$", false, null, false, null))).isTrue();
    }

    /**
     * Issue 18, item 5: failures slow a name down per client instead of locking the person out: someone guessing the
     * ombudsperson's password from their own address is blocked, the ombudsperson at the office is not.
     */
    @Test
    void failures_from_one_client_do_not_lock_the_name_out_for_another() throws Exception {
        String userId = account(StaffRole.OMBUDSPERSON, false);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(userId, "guess " + i).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(signIn(userId, PASSWORD).getResponse().getStatus()).isEqualTo(429);
        MvcResult office = mvc.perform(post("/login").with(csrf()).param("username", userId).param("password", PASSWORD)
                .with(request -> {
                    request.setRemoteAddr("10.99." + (int) (Math.random() * 250) + ".1");
                    return request;
                })).andReturn();
        assertThat(office.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
    }

    /** Issue 18, item 5: a one-time password works for {@code one-time-password-lifetime} (72 hours) only. */
    @Test
    void a_one_time_password_expires_after_72_hours() throws Exception {
        String stale = "u" + UUID.randomUUID().toString().substring(0, 8);
        String fresh = "u" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new org.sanctuaryoversight.staff.StaffAccountCommands.CreateStaffAccountCommand(stale,
                "Stale", StaffRole.AUDITOR, null, encoder.encode(PASSWORD), true, "test",
                Instant.now().minus(java.time.Duration.ofHours(72)).minusSeconds(60)));
        commands.sendAndWait(new org.sanctuaryoversight.staff.StaffAccountCommands.CreateStaffAccountCommand(fresh,
                "Fresh", StaffRole.AUDITOR, null, encoder.encode(PASSWORD), true, "test",
                Instant.now().minus(java.time.Duration.ofHours(71))));
        org.awaitility.Awaitility.await().until(() -> accounts.find(stale).isPresent() && accounts.find(fresh).isPresent());
        assertThat(signIn(stale, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
        mvc.perform(get("/login").param("expired", "")).andExpect(
                content().string(org.hamcrest.Matchers.containsString("This one-time password has expired.")));
        assertThat(signIn(fresh, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
    }

    @Test
    void five_failures_block_the_user_name_with_429() throws Exception {
        String userId = account(StaffRole.INVESTIGATOR, false);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(userId, "wrong password " + i).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        MvcResult blocked = signIn(userId, PASSWORD);
        assertThat(blocked.getResponse().getStatus()).isEqualTo(429);
        assertThat(blocked.getResponse().getForwardedUrl()).isEqualTo("/login/blocked");
        mvc.perform(get("/login/blocked")).andExpect(status().isTooManyRequests())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed sign-ins")));
    }
}
