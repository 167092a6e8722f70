package org.sanctuaryoversight.app.security.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.casework.StaffWords;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.staff.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 18, item 2: the staff JSON API takes no password (HTTP Basic has no second factor and bypassed the sign-in
 * limit), only a personal access token a person created after signing in with password and authenticator code.
 * Tokens are shown once, act in their owner's role, and stop working when revoked. Failed credentials count
 * against the sign-in limit: the API answers 429 once a client failed too often.
 */
@OversightTest
@AutoConfigureMockMvc
class AccessTokenApiTest {

    static final String PASSWORD = "correct horse battery";
    static final Pattern TOKEN = Pattern.compile("(sot_[A-Za-z0-9_-]{43})");

    /** Each test is its own client, so the per-client limit of one test never blocks another. */
    final String client = "10.18." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffWords words;

    record Person(String userId, byte[] secret) {
    }

    Person account(StaffRole role) {
        String userId = "t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new StaffMember(userId, "Staff " + userId, role,
                role == StaffRole.DEPARTMENT_LIAISON ? "police" : null), PASSWORD, false, "test");
        await().until(() -> accounts.find(userId).isPresent());
        byte[] secret = StaffAccounts.newTotpSecret();
        accounts.enrollTotp(userId, secret);
        await().until(() -> accounts.find(userId).orElseThrow().totpSecret() != null);
        return new Person(userId, secret);
    }

    MockHttpServletRequestBuilder fromClient(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(client);
            return r;
        });
    }

    /** Password, then authenticator code: a full sign-in. */
    MockHttpSession signIn(Person person) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(fromClient(post("/login")).with(csrf())
                .param("username", person.userId()).param("password", PASSWORD)).andReturn().getRequest().getSession(false);
        MockHttpServletResponse done = mvc.perform(fromClient(post("/login/totp")).with(csrf()).session(session)
                .param("code", Totp.code(person.secret(), Instant.now(), 6))).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/staff");
        return session;
    }

    String createToken(MockHttpSession session) throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/staff/tokens").with(csrf()).session(session))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        Matcher token = TOKEN.matcher(page.getContentAsString(StandardCharsets.UTF_8));
        assertThat(token.find()).as("the new token is shown").isTrue();
        return token.group(1);
    }

    MockHttpServletResponse api(String path, String authorization) throws Exception {
        MockHttpServletRequestBuilder request = fromClient(get(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static String basic(String userId, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_api_takes_no_password_even_the_right_one() throws Exception {
        Person investigator = account(StaffRole.INVESTIGATOR);
        MockHttpServletResponse response = api("/api/v1/staff/cases", basic(investigator.userId(), PASSWORD));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
        MockHttpServletResponse none = api("/api/v1/staff/cases", null);
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getContentAsString(StandardCharsets.UTF_8)).contains("Bearer");
    }

    @Test
    void guessing_passwords_or_tokens_on_the_api_is_stopped_by_the_sign_in_limit() throws Exception {
        Person investigator = account(StaffRole.INVESTIGATOR);
        int limit = SignInAttempts.CLIENT_FACTOR * 5;
        for (int i = 0; i < limit; i++) {
            String guess = i % 2 == 0 ? basic(investigator.userId(), "guess " + i) : "Bearer sot_guess" + i;
            assertThat(api("/api/v1/staff/cases", guess).getStatus()).as("guess %d", i).isEqualTo(401);
        }
        MockHttpServletResponse blocked = api("/api/v1/staff/cases", basic(investigator.userId(), PASSWORD));
        assertThat(blocked.getStatus()).isEqualTo(429);
        assertThat(blocked.getContentType()).startsWith("application/problem+json");
        assertThat(blocked.getHeader("Retry-After")).isNotBlank();
        // the same client's sign-in page is blocked too: one limit
        MockHttpServletResponse page = mvc.perform(fromClient(post("/login")).with(csrf())
                .param("username", investigator.userId()).param("password", PASSWORD)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(429);
    }

    @Test
    void a_token_from_a_full_sign_in_works_in_its_owners_role_until_revoked() throws Exception {
        Person investigator = account(StaffRole.INVESTIGATOR);
        MockHttpSession session = signIn(investigator);
        String token = createToken(session);

        assertThat(api("/api/v1/staff/cases", "Bearer " + token).getStatus()).isEqualTo(200);
        // its owner's role and nothing more
        assertThat(api("/api/v1/staff/accounts", "Bearer " + token).getStatus()).isEqualTo(403);
        // the page lists it (never the token itself again) and revokes it
        String listed = mvc.perform(get("/staff/tokens").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).doesNotContain(token);
        Matcher id = Pattern.compile("data-token=\"([0-9a-f]{8})\"").matcher(listed);
        assertThat(id.find()).isTrue();
        // when it was created and when it expires, as every staff page writes a moment (@words, the office's zone)
        org.jsoup.select.Elements times = org.jsoup.Jsoup.parse(listed).select("tr[data-token=" + id.group(1) + "] time");
        assertThat(times).hasSize(2).allSatisfy(time -> assertThat(time.text())
                .isEqualTo(words.at(Instant.parse(time.attr("datetime")), java.util.Locale.ENGLISH)));
        mvc.perform(post("/staff/tokens/{id}/revoke", id.group(1)).with(csrf()).session(session));
        assertThat(api("/api/v1/staff/cases", "Bearer " + token).getStatus()).isEqualTo(401);
    }

    @Test
    void the_ombudsperson_and_administrators_can_use_the_api_now() throws Exception {
        Person admin = account(StaffRole.ADMIN);
        String adminToken = createToken(signIn(admin));
        assertThat(api("/api/v1/staff/accounts", "Bearer " + adminToken).getStatus()).isEqualTo(200);
        Person ombudsperson = account(StaffRole.OMBUDSPERSON);
        String ombudsToken = createToken(signIn(ombudsperson));
        assertThat(api("/api/v1/staff/cases", "Bearer " + ombudsToken).getStatus()).isEqualTo(200);
    }

    @Test
    void a_disabled_account_s_tokens_stop_working() throws Exception {
        Person auditor = account(StaffRole.AUDITOR);
        String token = createToken(signIn(auditor));
        assertThat(api("/api/v1/staff/access-log", "Bearer " + token).getStatus()).isEqualTo(200);
        accounts.disable(auditor.userId(), "admin");
        await().until(() -> accounts.find(auditor.userId()).orElseThrow().disabled());
        assertThat(api("/api/v1/staff/access-log", "Bearer " + token).getStatus()).isEqualTo(401);
    }

    @Test
    void an_account_without_an_authenticator_cannot_create_a_token() throws Exception {
        String userId = "t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new StaffMember(userId, "No Code", StaffRole.AUDITOR, null), PASSWORD, false, "test");
        await().until(() -> accounts.find(userId).isPresent());
        MockHttpServletResponse response = mvc.perform(post("/staff/tokens").with(csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        new StaffPrincipal(accounts.find(userId).orElseThrow().member())))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(TOKEN.matcher(response.getContentAsString(StandardCharsets.UTF_8)).find()).isFalse();
    }
}
