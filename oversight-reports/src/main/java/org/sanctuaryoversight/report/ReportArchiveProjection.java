package org.sanctuaryoversight.report;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.sanctuaryoversight.report.publication.ReportArchive;

/** Keeps the archive of published versions; rebuilt from the log by replaying {@link ReportPublishedEvent}. */
@ProcessingGroup(ReportArchiveProjection.PROCESSING_GROUP)
record ReportArchiveProjection(ReportArchive archive) {

    static final String PROCESSING_GROUP = "report-archive";

    @EventHandler
    void on(ReportPublishedEvent event) {
        archive.save(event);
    }

    @ResetHandler
    void reset() {
        archive.clear();
    }
}
