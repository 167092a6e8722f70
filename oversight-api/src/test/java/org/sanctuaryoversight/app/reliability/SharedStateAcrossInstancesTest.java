package org.sanctuaryoversight.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.FormSession;
import org.sanctuaryoversight.app.support.FreePort;
import org.sanctuaryoversight.privacy.MasterKey;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.staff.Totp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one MongoDB behind no sticky proxy: what one instance knows about a person, the other knows
 * too. A staff member signs in on A and continues on B (Spring Session in MongoDB, CSRF token included); a client
 * alternating between A and B is limited at the configured count, not twice it; a TOTP code used on A is refused on
 * B.
 */
class SharedStateAcrossInstancesTest {

    static final int LIMIT = 4;
    static final String PASSWORD = "correct horse battery staple";

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        String masterKey = MasterKey.generateBase64();
        int databasePort = FreePort.find();
        String[] shared = {"--oversight.sessions.store=mongodb",
                "--oversight.intake.rate-limit-requests=" + LIMIT, "--oversight.intake.api-rate-limit-requests=" + LIMIT};
        List<String> onA = new ArrayList<>(List.of("--oversight.embedded.persistent=false",
                "--oversight.embedded.port=" + databasePort));
        onA.addAll(List.of(shared));
        a = TwoInstancesTest.start("shared-a", masterKey, onA.toArray(String[]::new));
        List<String> onB = new ArrayList<>(List.of("--oversight.mongodb.uri=mongodb://127.0.0.1:" + databasePort));
        onB.addAll(List.of(shared));
        b = TwoInstancesTest.start("shared-b", masterKey, onB.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    static String url(ConfigurableApplicationContext instance) {
        return "http://127.0.0.1:" + TwoInstancesTest.port(instance);
    }

    @Test
    void a_staff_member_signs_in_on_one_instance_and_continues_on_the_other_and_a_used_code_is_refused_on_both() {
        String userId = "omb" + UUID.randomUUID().toString().substring(0, 8);
        StaffAccounts accounts = a.getBean(StaffAccounts.class);
        accounts.create(new StaffMember(userId, "Olga Ombud", StaffRole.OMBUDSPERSON, null), PASSWORD, false, "test");
        byte[] secret = StaffAccounts.newTotpSecret();
        await().until(() -> accounts.find(userId).isPresent());
        accounts.enrollTotp(userId, secret);
        await().until(() -> accounts.find(userId).orElseThrow().totpSecret() != null);
        String code = Totp.code(secret, Instant.now(), 6);

        FormSession office = new FormSession();
        assertThat(office.get(url(a), "/login").statusCode()).isEqualTo(200);
        HttpResponse<String> password = office.post(url(a), "/login", Map.of("username", userId, "password", PASSWORD));
        assertThat(password.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/totp"));
        assertThat(office.cookies()).containsKey("SESSION");
        // the half-signed-in session and its CSRF token, made on A, are good on B
        assertThat(office.get(url(b), "/login/totp").statusCode()).isEqualTo(200);
        HttpResponse<String> secondStep = office.post(url(a), "/login/totp", Map.of("code", code));
        assertThat(secondStep.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff"));

        HttpResponse<String> home = office.get(url(b), "/staff");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Olga Ombud");
        assertThat(office.get(url(a), "/staff").body()).contains("Olga Ombud");

        // someone who watched the code being typed tries it on the other instance, within its 90 seconds
        FormSession onlooker = new FormSession();
        onlooker.get(url(b), "/login");
        onlooker.post(url(b), "/login", Map.of("username", userId, "password", PASSWORD));
        assertThat(onlooker.get(url(b), "/login/totp").statusCode()).isEqualTo(200);
        HttpResponse<String> replay = onlooker.post(url(b), "/login/totp", Map.of("code", code));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("This code was already used");
        assertThat(onlooker.get(url(b), "/staff").statusCode()).isNotEqualTo(200);

        // signing out on B (with the CSRF token of a page B served from A's session) ends the session on A too
        office.get(url(b), "/staff");
        assertThat(office.post(url(b), "/logout", Map.of()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(office.get(url(a), "/staff").statusCode()).isNotEqualTo(200);
    }

    @Test
    void a_client_alternating_between_instances_is_limited_at_the_configured_count() {
        ApiClient onA = new ApiClient(TwoInstancesTest.port(a));
        ApiClient onB = new ApiClient(TwoInstancesTest.port(b));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < LIMIT + 2; i++) {
            statuses.add((i % 2 == 0 ? onA : onB).postJson("/api/v1/complaints/status", "{\"receiptCode\":\"1\"}")
                    .statusCode());
        }
        assertThat(statuses.subList(0, LIMIT)).doesNotContain(429);
        assertThat(statuses.subList(LIMIT, LIMIT + 2)).containsOnly(429);
    }
}
