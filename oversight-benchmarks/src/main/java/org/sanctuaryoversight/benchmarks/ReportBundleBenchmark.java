package org.sanctuaryoversight.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sanctuaryoversight.report.rendering.BundleRenderer;
import org.sanctuaryoversight.report.ledger.FederalRequestLedgerEntry;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.ledger.MongoReportCounters;
import org.sanctuaryoversight.report.ledger.PeriodCounts;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.publication.PublishingReport;
import org.sanctuaryoversight.report.publication.ReportArchive;
import org.sanctuaryoversight.report.ledger.ReportCounters;
import org.sanctuaryoversight.report.rendering.ReportBundle;
import org.sanctuaryoversight.report.publication.ReportCompiler;
import org.sanctuaryoversight.report.publication.ReportDraft;
import org.sanctuaryoversight.report.ledger.ReportLedger;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.ReportingPeriod;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The 90-day bundle of a period of {@code --bundle-complaints} complaints (goal: under 5 s for 100,000),
 * in the running application, on its ledger in MongoDB:
 * <ol>
 *   <li>the ledger is filled with a generated period ({@link SyntheticReportPeriod}); not part of the goal;</li>
 *   <li>(a) compiling as {@link PublishingReport#draft} does (what {@link PublishingReport#publish} does first):
 *       reading the period's counters (its own and the stocks before it), the federal request records (for the
 *       requests documented late) and the archive, then {@link ReportCompiler#draft} (tables, disclosure control,
 *       audit);</li>
 *   <li>(b) rendering the bundle with the application's {@link BundleRenderer} (HTML, PDFs, CSVs, JSON,
 *       checksums, signature) from the event the publication would emit;</li>
 *   <li>(c) the whole path as the office lives it: {@link PublishingReport#publish} (compile, audit,
 *       command, event), the archive projection catching up, and the first download of
 *       {@code bundle.zip} over HTTP, which renders the bundle (the application renders on first request).</li>
 * </ol>
 * (c) runs once, first, right after the ledger is filled: the first publication in this server (no report compiled
 * or rendered before it; the renderer's background start-up work has had the fill's minutes to finish). Then (a) and
 * (b) run {@value #RUNS} times each, for a version of the same period: the first run is the cost before the JIT
 * compiled that code, the later ones show the warm cost.
 */
final class ReportBundleBenchmark {

    static final int RUNS = 3;
    private static final int PERIOD = 1;
    private static final long SEED = 8; // issue 8

    private final ConfigurableApplicationContext application;
    private final Consumer<String> line;
    private final Benchmarks.HeapSampler heap;

    ReportBundleBenchmark(ConfigurableApplicationContext application, Consumer<String> line,
                          Benchmarks.HeapSampler heap) {
        this.application = application;
        this.line = line;
        this.heap = heap;
    }

    void run(int complaints) throws Exception {
        ReportLedger ledger = application.getBean(ReportLedger.class);
        ReportArchive archive = application.getBean(ReportArchive.class);
        ReportCompiler compiler = application.getBean(ReportCompiler.class);
        BundleRenderer renderer = application.getBean(BundleRenderer.class);
        PublishingReport publishing = application.getBean(PublishingReport.class);
        ReportingPeriod period = compiler.calendar().period(PERIOD);

        long generateStart = System.nanoTime();
        SyntheticReportPeriod history = SyntheticReportPeriod.generate(period, complaints, SEED);
        double generateSeconds = seconds(generateStart);
        long copyStart = System.nanoTime();
        history.copyTo(ledger);
        double copySeconds = seconds(copyStart);
        int records = history.complaintRecords() + history.federalRequestRecords();
        row("report ledger filled for period %d (%s to %s): %,d complaint and review records, %,d federal "
                        + "requests; generated through ReportLedgerUpdates in memory, then one save per record "
                        + "(each also moves the ledger's counters)",
                "generated in %.1f s, saved in %.1f s (**%.0f records/s**)", PERIOD, period.start(), period.lastDay(),
                history.complaintRecords(), history.federalRequestRecords(), generateSeconds, copySeconds,
                records / copySeconds);
        history = null; // let the staging copy go before heap is watched

        System.gc();
        heap.startSection();

        // (c) first, while no report has been compiled or rendered in this server
        firstPublication(archive, publishing);

        // (a) compile, as PublishingReport.draft does: the period's counters, the federal request records and the
        // archive, then the draft
        ReportCounters counters = ledger.counters().orElseThrow(() -> new IllegalStateException(
                "the application's ledger keeps no counters for this calendar"));
        List<Double> loadTimes = new ArrayList<>();
        List<Double> draftTimes = new ArrayList<>();
        ReportDraft draft = null;
        int counted = 0;
        int loaded = 0;
        for (int run = 0; run < RUNS; run++) {
            long loadStart = System.nanoTime();
            PeriodCounts counts = PeriodCounts.read(counters, PERIOD);
            List<FederalRequestLedgerEntry> ledgerRequests = ledger.federalRequests();
            List<PeriodFigures> published = archive.latestExcept(PERIOD);
            loadTimes.add(seconds(loadStart));
            long draftStart = System.nanoTime();
            draft = compiler.draft(counts, ledgerRequests, published, Map.of());
            draftTimes.add(seconds(draftStart));
            counted = counts.size();
            loaded = ledgerRequests.size();
        }
        if (!draft.audit().passed()) {
            throw new IllegalStateException("The generated period cannot be published: "
                    + draft.audit().exposures().get(0).reason());
        }
        row("(a) compile: read the period's counters (%,d, in %s documents) and the federal request records (%,d) "
                        + "and the archive", "%s", counted, counters instanceof MongoReportCounters mongo
                        ? String.format(Locale.ROOT, "%,d", mongo.documents(PERIOD)) : "?", loaded, runs(loadTimes));
        row("(a) compile: tables, disclosure control and audit (%d tables; %s)", "%s", draft.tables().size(),
                suppression(draft), runs(draftTimes));

        // (b) render, from the event the publication aggregate would emit for this draft (labels frozen, format 2)
        ReportPublishedEvent event = publishing.preview(PERIOD).event();
        List<Double> renderTimes = new ArrayList<>();
        ReportBundle bundle = null;
        for (int run = 0; run < RUNS; run++) {
            long renderStart = System.nanoTime();
            bundle = renderer.render(event);
            renderTimes.add(seconds(renderStart));
        }
        row("(b) render the bundle: %d files, %,d KiB (PDFs %,d + %,d KiB), SHA256SUMS and its signature", "%s",
                bundle.files().size(), bundle.files().values().stream().mapToLong(bytes -> bytes.length).sum() / 1024,
                bundle.files().get("report-en.pdf").length / 1024, bundle.files().get("report-es.pdf").length / 1024,
                runs(renderTimes));
        row("(a) + (b), first run / best run", "**%.2f s** / %.2f s",
                loadTimes.get(0) + draftTimes.get(0) + renderTimes.get(0),
                best(loadTimes) + best(draftTimes) + best(renderTimes));

        row("highest heap used during the bundle measurement (after the ledger was filled)", "%,d MiB",
                heap.sectionHighestMiB());
    }

    /**
     * (c) The first publication in this server, before anything else here has compiled or rendered a report: publish
     * as the ombudsperson (compile, audit, command, event), the archive projection catching up, and the first
     * download of {@code bundle.zip}, which answers once the whole bundle (every language, SHA256SUMS, signature) is
     * rendered and stored. That answer is the moment a reader can have the report: the goal row.
     */
    private void firstPublication(ReportArchive archive, PublishingReport publishing) throws Exception {
        StaffMember ombudsperson = new StaffMember("benchmark-ombudsperson", "Benchmark", StaffRole.OMBUDSPERSON, null);
        long publishStart = System.nanoTime();
        int version = publishing.publish(PERIOD, ombudsperson, null, publishing.preview(PERIOD).confirmation());
        double published = seconds(publishStart);
        while (archive.find(PERIOD, version).isEmpty()) {
            if (seconds(publishStart) > 600) {
                throw new IllegalStateException("the archive projection did not record the publication in 10 minutes");
            }
            Thread.sleep(5);
        }
        double archived = seconds(publishStart);
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/reports/" + PERIOD + "/v" + version + "/bundle.zip"))
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        double downloaded = seconds(publishStart);
        if (zip.statusCode() != 200) {
            throw new IllegalStateException("bundle.zip answered " + zip.statusCode());
        }
        row("(c) first publication in this server: publish as the ombudsperson (compile, audit, command, event stored)",
                "%.2f s", published);
        row("(c) ... archive projection has the version", "%.2f s after the click", archived);
        row("(c) ... first GET of bundle.zip answered: the whole bundle rendered, signed and stored, then zipped "
                + "(%,d KiB); the first-publication goal row", "**%.2f s** after the click",
                zip.body().length / 1024, downloaded);
    }

    private void row(String measurement, String result, Object... arguments) {
        line.accept(String.format(Locale.ROOT, "| " + measurement + " | " + result + " |", arguments));
    }

    /** How much disclosure control withheld, so a reader sees it had work to do. */
    private static String suppression(ReportDraft draft) {
        int ranges = 0;
        int withheld = 0;
        for (PublishedTable table : draft.tables()) {
            for (PublishedRow row : table.rows()) {
                ranges += (int) row.figures().stream().filter(f -> Figure.PRIMARY.equals(f.suppression())).count();
                withheld += (int) row.figures().stream().filter(f -> Figure.COMPLEMENTARY.equals(f.suppression())).count();
            }
        }
        return String.format(Locale.ROOT, "%d cells shown as a range, %d withheld, %d audit constraints", ranges,
                withheld, draft.audit().constraints());
    }

    private static String runs(List<Double> times) {
        return String.format(Locale.ROOT, "first **%.2f s**, then %s", times.get(0), String.join(", ",
                times.subList(1, times.size()).stream().map(t -> String.format(Locale.ROOT, "%.2f s", t)).toList()));
    }

    private static double best(List<Double> times) {
        return times.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
