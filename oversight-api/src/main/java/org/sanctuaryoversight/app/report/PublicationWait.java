package org.sanctuaryoversight.app.report;

import org.sanctuaryoversight.report.publication.ReportArchive;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the one who published: the archive is a projection, updated a moment after the event, so the
 * pages wait (at most {@code oversight.reports.publish-wait}) until it shows the new version before showing the office
 * its new state.
 */
@Component
record PublicationWait(ReportArchive archive, ReportsProperties properties) {

    void untilArchived(int period, int version) {
        long deadline = System.nanoTime() + properties.publishWait().toNanos();
        while (archive.find(period, version).isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
