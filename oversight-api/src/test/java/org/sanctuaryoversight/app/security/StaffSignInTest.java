package org.sanctuaryoversight.app.security;

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
    void an_investigator_signs_in_with_a_password_and_logout_makes_the_old_session_useless() throws Exception {
        String userId = account(StaffRole.INVESTIGATOR, false);
        MvcResult result = signIn(userId, PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
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
