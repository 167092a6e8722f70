package org.sanctuaryoversight.benchmarks;

import java.net.CookieManager;
import java.net.URI;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import java.util.function.Consumer;


import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.report.publication.PublishingReport;

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
        StaffSignIn.signIn(http, base, application.getBean(StaffAccounts.class), StaffRole.OMBUDSPERSON, null);
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
}
