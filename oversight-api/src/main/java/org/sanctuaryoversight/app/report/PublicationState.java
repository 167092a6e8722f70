package org.sanctuaryoversight.app.report;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.report.PublishReportCommand;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.ReportsModule;
import org.sanctuaryoversight.report.publication.ReportArchive;
import org.springframework.stereotype.Component;

/**
 * Where a version stands right after the ombudsperson published it. The publication is done once its event is in the
 * log; the archive is a projection that has it a moment later, or much later behind a replay on a busy machine. No
 * request thread waits for it (issue 19): the page and the API answer at once, the version's page says the version is
 * being prepared and reloads itself, an API client polls the version, until the archive shows it.
 */
@Component
record PublicationState(ReportArchive archive, EventStore events, ReadModels readModels) {

    /** The version as the archive has it; empty while it is being archived, or when it was never published. */
    Optional<ReportPublishedEvent> archived(int period, int version) {
        return archive.find(period, version);
    }

    /**
     * Whether the log has the version, archived or not: the events are the truth. A period's stream holds one event
     * per version it ever had, so reading it is cheap; it is read only while the archive lacks the version.
     */
    boolean published(int period, int version) {
        if (period < 1 || version < 1) {
            return false;
        }
        return events.readEvents(PublishReportCommand.publicationId(period)).asStream()
                .anyMatch(message -> message.getPayload() instanceof ReportPublishedEvent publication
                        && publication.version() == version);
    }

    /** Whether the archive's processor has handled every event stored so far: then nothing is being archived. */
    boolean archiveCaughtUp() {
        return readModels.lag().getOrDefault(ReportsModule.ARCHIVE_PROCESSING_GROUP, 0L) == 0;
    }

    /**
     * The version of the period the log has beyond the {@code archivedVersions} the archive has: the one being
     * archived now, if any. The stream holds one event per version ({@code ReportPublicationAggregate}), so its last
     * sequence number counts them without reading a publication.
     */
    Optional<Integer> beingArchived(int period, int archivedVersions) {
        return events.lastSequenceNumberFor(PublishReportCommand.publicationId(period))
                .map(last -> (int) (last + 1)).filter(logged -> logged > archivedVersions);
    }
}
