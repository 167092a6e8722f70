package org.sanctuaryoversight.report;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.sanctuaryoversight.report.publication.PublishedBundles;

/**
 * Has the bundle of each version rendered and stored right after it is published (on a background thread, see
 * {@link PublishedBundles#prepare}). Its first run on a database written by
 * older code replays every {@link ReportPublishedEvent}: the versions published before bundles were stored get the
 * bytes of the frozen first renderer, stored once (the startup migration). A replay stores nothing new: stored bytes
 * are the publication itself, so there is deliberately no reset handler that would drop them.
 */
@ProcessingGroup(ReportBundleProjection.PROCESSING_GROUP)
record ReportBundleProjection(PublishedBundles bundles) {

    static final String PROCESSING_GROUP = "report-bundles";

    @EventHandler
    void on(ReportPublishedEvent event) {
        bundles.prepare(event);
    }
}
