package org.sanctuaryoversight.app.report;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.app.platform.OversightProperties;
import org.sanctuaryoversight.department.Department;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.report.rendering.BundleRenderer;
import org.sanctuaryoversight.report.publication.GridFsReportBundleStore;
import org.sanctuaryoversight.report.publication.PublishedBundles;
import org.sanctuaryoversight.report.publication.ReportBundleStore;
import org.sanctuaryoversight.report.rendering.ReportLabels;
import org.sanctuaryoversight.report.tables.DisclosureControl;
import org.sanctuaryoversight.report.publication.MongoReportArchive;
import org.sanctuaryoversight.report.ledger.MongoReportLedger;
import org.sanctuaryoversight.report.ledger.MongoReportCounters;
import org.sanctuaryoversight.report.ledger.CountingReportLedger;
import org.sanctuaryoversight.report.rendering.OfficeSigningKey;
import org.sanctuaryoversight.report.publication.PublishingReport;
import org.sanctuaryoversight.report.publication.ReportArchive;
import org.sanctuaryoversight.report.publication.ReportCompiler;
import org.sanctuaryoversight.report.ledger.ReportLedger;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;
import org.sanctuaryoversight.report.ReportsModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free reports capability of {@code oversight-reports} into the application. */
@Configuration(proxyBeanMethods = false)
class ReportsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportsConfiguration.class);
    static final String GENERATED_KEY_FILE = "reports-signing-key.pem";

    /** The records and, with them, the per-period counters publication and the preview compile from. */
    @Bean
    ReportLedger reportLedger(MongoDatabase database, ReportsProperties reports) {
        return new CountingReportLedger(new MongoReportLedger(database), new MongoReportCounters(database),
                new ReportingCalendar(reports.effectiveDate(), reports.periodDays()));
    }

    @Bean
    ReportArchive reportArchive(MongoDatabase database) {
        return new MongoReportArchive(database);
    }

    @Bean
    ReportBundleStore reportBundleStore(MongoDatabase database) {
        return new GridFsReportBundleStore(database);
    }

    @Bean
    PublishedBundles publishedBundles(ReportArchive archive, ReportBundleStore store, BundleRenderer renderer) {
        return new PublishedBundles(archive, store, renderer);
    }

    @Bean
    ReportsModule reportsModule(ReportLedger ledger, ReportArchive archive, PublishedBundles bundles) {
        return new ReportsModule(ledger, archive, bundles);
    }

    @Bean
    ReportLabels reportLabels(DepartmentDirectory departments) {
        return new ReportLabels(departments);
    }

    @Bean
    OfficeSigningKey officeSigningKey(ReportsProperties reports, OversightProperties oversight) throws IOException {
        if (reports.signingKeyFile() != null) {
            return OfficeSigningKey.read(reports.signingKeyFile());
        }
        // With a real MongoDB the file is required (Secrets refuses to start without it): every instance must sign
        // with the office's one key. Only the embedded mode gets here.
        if (!oversight.embedded().persistent()) {
            log.info("Reports: in-memory mode, using a throwaway signing key for this run");
            return OfficeSigningKey.generate();
        }
        Path file = oversight.embedded().dataDirectory().resolve(GENERATED_KEY_FILE);
        if (Files.exists(file)) {
            return OfficeSigningKey.read(file);
        }
        OfficeSigningKey key = OfficeSigningKey.generate();
        key.writePrivateKey(file);
        log.info("Reports: generated a new office signing key in {} (embedded mode); set "
                + "oversight.reports.signing-key-file in production", file.toAbsolutePath());
        return key;
    }

    /**
     * Renders the languages of a version on every core ({@link BundleRenderer#languagePool}), and starts reading and
     * parsing the report fonts in the background now, so that the first publication after a start does not wait for
     * them (issue 19's first-publication goal, docs/benchmarks.md).
     */
    @Bean
    BundleRenderer bundleRenderer(OfficeSigningKey key) {
        BundleRenderer renderer = new BundleRenderer(key, BundleRenderer.languagePool(Runtime.getRuntime().availableProcessors()));
        renderer.prepareInBackground();
        return renderer;
    }

    @Bean
    ReportCompiler reportCompiler(ReportsProperties reports, DepartmentDirectory departments) {
        return new ReportCompiler(new ReportingCalendar(reports.effectiveDate(), reports.periodDays()),
                new DisclosureControl(reports.smallCellThreshold(), reports.protectionWidth()),
                departments.all().stream().map(Department::code).toList());
    }

    @Bean
    PublishingReport publishingReport(ReportCompiler compiler, ReportLedger ledger, ReportArchive archive,
                                      PublishedBundles bundles, ReportLabels labels, ReportsProperties reports,
                                      CommandGateway commandGateway, Clock clock) {
        return new PublishingReport(compiler, ledger, archive, bundles, labels, reports.pageSize(), commandGateway,
                clock);
    }
}
