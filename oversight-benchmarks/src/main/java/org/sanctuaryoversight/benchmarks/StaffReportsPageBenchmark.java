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
 * The staff reports page ({@code GET /staff/reports}) over HTTP, as an auditor sees it (the role needs no second
 * factor, so the benchmark can sign in with a password): every period that has ended since the effective date is on
 * it, each with its audit, on the ledger the bundle benchmark filled. Timed: the first visit after the ledger moved
 * (every period compiled), then {@value #WARM_VISITS} visits with nothing new (goal: median ≤ 200 ms).
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

    void run() throws Exception {
        int ended = application.getBean(PublishingReport.class).endedPeriods().size();
        String base = "http://127.0.0.1:" + ((WebServerApplicationContext) application).getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(http, base);
        double first = visit(http, base);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_VISITS; i++) {
            warm.add(visit(http, base));
        }
        List<Double> sorted = warm.stream().sorted().toList();
        double median = (sorted.get((WARM_VISITS - 1) / 2) + sorted.get(WARM_VISITS / 2)) / 2;
        line.accept(String.format(Locale.ROOT, "| staff reports page over HTTP, %d ended periods: first visit after "
                        + "the ledger moved / median of %d warm visits (goal ≤ 200 ms) | %.0f ms / **%.0f ms** (warm: %s) |",
                ended, WARM_VISITS, first * 1000, median * 1000,
                String.join(", ", warm.stream().map(t -> String.format(Locale.ROOT, "%.0f", t * 1000)).toList())));
    }

    private static double visit(HttpClient http, String base) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/reports"))
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (page.statusCode() != 200) {
            throw new IllegalStateException("/staff/reports answered " + page.statusCode());
        }
        return seconds;
    }

    private void signIn(HttpClient http, String base) throws Exception {
        String userId = "bench-auditor-" + UUID.randomUUID().toString().substring(0, 8);
        StaffAccounts accounts = application.getBean(StaffAccounts.class);
        accounts.create(new StaffMember(userId, "Benchmark Auditor", StaffRole.AUDITOR, null), PASSWORD, false,
                "benchmark");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (accounts.find(userId).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF_INPUT.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + enc(userId) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/staff")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
