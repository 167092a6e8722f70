package org.sanctuaryoversight.report.rendering;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.ledger.InMemoryReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.tables.SampleHistory;

/**
 * Not a test (no assertion, never run by Surefire): renders {@link BundleBytesTest}'s thirteen-language version again
 * and again and prints how long each render took (wall and CPU time) and whether its {@code SHA256SUMS} is still the fixture's. It exists
 * to compare PDF libraries or patched classes side by side on the same work, one JVM per variant with only the
 * classpath changed (docs/benchmarks.md, run of 2026-12-07T21:40Z, shows the command); speed is never asserted in a
 * test. Arguments: renders, threads of the language pool (1: one language after another), and optionally a folder to
 * write the first render's top-level files to, for comparing two variants' PDFs byte for byte.
 */
public final class BundleRenderThroughput {

    private BundleRenderThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int renders = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        Path keyFile = Files.createTempFile("bundle-render-throughput-key", ".pem");
        Files.writeString(keyFile, BundleBytesTest.TEST_KEY, StandardCharsets.US_ASCII);
        OfficeSigningKey key = OfficeSigningKey.read(keyFile);
        Files.delete(keyFile);
        InMemoryReportLedger ledger = new InMemoryReportLedger();
        SampleHistory.feed(new ReportLedgerUpdates(ledger), PublicationBundleTest.CALENDAR, 2, 80, 7);
        ReportPublishedEvent first = PublicationBundleTest.publish(ledger, 1, List.of(), PublicationBundleTest.DIRECTORY,
                Instant.parse("2025-04-02T15:00:00Z"));
        ReportPublishedEvent report = PublicationBundleTest.publish(ledger, 2, List.of(first.figures()),
                PublicationBundleTest.DIRECTORY, Instant.parse("2025-07-01T15:00:00Z"));
        ExecutorService pool = threads > 1 ? BundleRenderer.languagePool(threads) : null;
        BundleRenderer renderer = pool == null ? new BundleRenderer(key) : new BundleRenderer(key, pool);
        String expected = BundleBytesTest.expected();
        // CPU time as well as wall time: on a shared machine the wall time of equal work moves with the load
        com.sun.management.OperatingSystemMXBean processCpu =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try {
            for (int i = 1; i <= renders; i++) {
                long start = System.nanoTime();
                long cpuStart = processCpu.getProcessCpuTime();
                long threadStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                ReportBundle bundle = renderer.render(report);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (processCpu.getProcessCpuTime() - cpuStart) / 1e9;
                double threadSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadStart) / 1e9;
                String manifest = new String(bundle.files().get(ReportBundle.MANIFEST), StandardCharsets.UTF_8);
                System.out.printf("render %d: %.2f s, CPU of the process %.2f s, of this thread %.2f s (all of the"
                        + " rendering with a pool of 1), SHA256SUMS equal to the fixture: %s%n",
                        i, seconds, cpuSeconds, threadSeconds, manifest.equals(expected));
                if (i == 1 && args.length > 2) {
                    Path folder = Files.createDirectories(Path.of(args[2]));
                    for (var file : bundle.files().entrySet()) {
                        if (!file.getKey().contains("/")) {
                            Files.write(folder.resolve(file.getKey()), file.getValue());
                        }
                    }
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
