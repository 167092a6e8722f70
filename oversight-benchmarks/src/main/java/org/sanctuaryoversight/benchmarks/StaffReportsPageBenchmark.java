package org.sanctuaryoversight.benchmarks;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanctuaryoversight.app.security.StaffAccounts;
import org.sanctuaryoversight.report.PublishingReport;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The staff reports page ({@code GET /staff/reports}) as an ombudsperson sees it, over HTTP with a signed-in
 * session: one first visit, then the median of ten warm visits (goal: ≤ 200 ms with 8 ended periods and 100,000
 * complaints). Runs after {@link ReportBundleBenchmark} filled the ledger, in the same application.
 */
final class StaffReportsPageBenchmark {

    static final int WARM_VISITS = 10;
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "benchmark password " + UUID.randomUUID();

    private final ConfigurableApplicationContext application;
    private final Consumer<String> line;

    StaffReportsPageBenchmark(ConfigurableApplicationContext application, Consumer<String> line) {
        this.application = application;
        this.line = line;
    }

    void run(int complaints) throws Exception {
        int ended = application.getBean(PublishingReport.class).endedPeriods().size();
        String base = "http://127.0.0.1:" + ((WebServerApplicationContext) application).getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(http, base);
        double first = visit(http, base);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_VISITS; i++) {
            warm.add(visit(http, base));
        }
        Collections.sort(warm);
        double median = (warm.get(WARM_VISITS / 2 - 1) + warm.get(WARM_VISITS / 2)) / 2;
        line.accept(String.format(Locale.ROOT, "| staff reports page (`GET /staff/reports`, ombudsperson), %d ended "
                        + "periods, %,d complaints in the ledger | first visit %.0f ms; median of %d warm visits "
                        + "**%.0f ms** (goal ≤ 200 ms), slowest %.0f ms |", ended, complaints, first, WARM_VISITS, median,
                warm.get(WARM_VISITS - 1)));
    }

    private static double visit(HttpClient http, String base) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/reports"))
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (page.statusCode() != 200) {
            throw new IllegalStateException("/staff/reports answered " + page.statusCode());
        }
        return millis;
    }

    private void signIn(HttpClient http, String base) throws Exception {
        String userId = "bench-ombuds-" + UUID.randomUUID().toString().substring(0, 8);
        StaffAccounts accounts = application.getBean(StaffAccounts.class);
        accounts.create(new StaffMember(userId, "Benchmark Ombudsperson", StaffRole.OMBUDSPERSON, null), PASSWORD,
                false, "benchmark");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (accounts.find(userId).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        // every role gives an authenticator code (issue 18)
        byte[] secret = StaffAccounts.newTotpSecret();
        accounts.enrollTotp(userId, secret);
        while (accounts.find(userId).map(account -> account.totpSecret() == null).orElse(true)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        String form = "username=" + enc(userId) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrfOf(http, base + "/login"));
        HttpResponse<String> password = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!password.headers().firstValue("Location").orElse("").endsWith("/login/totp")) {
            throw new IllegalStateException("sign-in failed at the password: " + password.statusCode());
        }
        String code = org.sanctuaryoversight.staff.Totp.code(secret, java.time.Instant.now(), 6);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login/totp"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&_csrf="
                        + enc(csrfOf(http, base + "/login/totp")))).build(), HttpResponse.BodyHandlers.ofString());
        if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/staff")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
        }
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
