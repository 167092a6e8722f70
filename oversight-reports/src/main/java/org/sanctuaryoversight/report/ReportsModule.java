package org.sanctuaryoversight.report;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.sanctuaryoversight.report.ledger.ReportLedger;
import org.sanctuaryoversight.report.publication.PublishedBundles;
import org.sanctuaryoversight.report.publication.ReportArchive;

/**
 * Registers the reports capability with Axon: the publication aggregate, the ledger projection (fed by
 * complaint, casework and registry events), the archive of published versions and the store of their bytes.
 */
public record ReportsModule(ReportLedger ledger, ReportArchive archive, PublishedBundles bundles)
        implements ConfigurerModule {

    public static final String LEDGER_PROCESSING_GROUP = ReportLedgerProjection.PROCESSING_GROUP;
    public static final String ARCHIVE_PROCESSING_GROUP = ReportArchiveProjection.PROCESSING_GROUP;
    public static final String BUNDLES_PROCESSING_GROUP = ReportBundleProjection.PROCESSING_GROUP;

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(ReportPublicationAggregate.class);
        ReportLedgerProjection ledgerProjection = new ReportLedgerProjection(ledger);
        configurer.eventProcessing()
                .registerEventHandler(configuration -> ledgerProjection)
                .registerEventHandler(configuration -> new ReportArchiveProjection(archive))
                .registerEventHandler(configuration -> new ReportBundleProjection(bundles))
                // One complaint's record is read, changed and written by events of several aggregates
                // (complaint, referral, recommendation): one ordered stream keeps those updates from racing.
                .registerSequencingPolicy(LEDGER_PROCESSING_GROUP, configuration -> new SequentialPolicy());
    }
}
