package org.sanctuaryoversight.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.staff.Totp;

/**
 * Signs a new staff member in over HTTP as a person does: password, then an authenticator code (every role gives one,
 * issue 18). The client's cookie handler keeps the session for the benchmark's requests.
 */
final class StaffSignIn {

    private static final String PASSWORD = "benchmark password " + UUID.randomUUID();
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private StaffSignIn() {
    }

    static void signIn(HttpClient http, String base, StaffAccounts accounts, StaffRole role, String department)
            throws Exception {
        String userId = "bench-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new StaffMember(userId, "Benchmark " + role.name().toLowerCase(), role, department), PASSWORD,
                false, "benchmark");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (accounts.find(userId).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        byte[] secret = StaffAccounts.newTotpSecret();
        accounts.enrollTotp(userId, secret);
        while (accounts.find(userId).map(account -> account.totpSecret() == null).orElse(true)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        HttpResponse<String> password = post(http, base + "/login",
                "username=" + enc(userId) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrfOf(http, base + "/login")));
        if (!password.headers().firstValue("Location").orElse("").endsWith("/login/totp")) {
            throw new IllegalStateException("sign-in failed at the password: " + password.statusCode());
        }
        String code = Totp.code(secret, Instant.now(), 6);
        HttpResponse<String> signedIn = post(http, base + "/login/totp",
                "code=" + code + "&_csrf=" + enc(csrfOf(http, base + "/login/totp")));
        if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/staff")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
        }
    }

    private static HttpResponse<String> post(HttpClient http, String uri, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(HttpClient http, String page) throws Exception {
        Matcher csrf = CSRF_INPUT.matcher(http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return csrf.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
