package org.sanctuaryoversight.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.sanctuaryoversight.report.publication.NotPublishable;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * The publication history of one period's report. A published version is never changed or withdrawn:
 * a correction is a new version that says what it corrects (the erratum) and chains to the manifest
 * of the version it supersedes.
 */
class ReportPublicationAggregate {

    @AggregateIdentifier
    private String publicationId;
    private int versions;

    ReportPublicationAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(PublishReportCommand command) {
        ReportPublicationRule.check(command, versions).ifPresent(rejection -> {
            throw rejection.refusal(null);
        });
        apply(new ReportPublishedEvent(command.publicationId(), command.period().number(), versions + 1,
                command.period().start(), command.period().lastDay(), command.publishedAt(),
                command.publisher().userId(), versions == 0 ? null : command.erratum().strip(),
                versions == 0 ? null : command.previousManifestSha256(), command.smallCellThreshold(),
                command.tables(), ReportPublishedEvent.CURRENT_FORMAT, command.pageSize(), command.labels()));
        return versions;
    }

    @EventSourcingHandler
    void on(ReportPublishedEvent event) {
        this.publicationId = event.publicationId();
        this.versions = event.version();
    }

    /** The rules every publication obeys, whoever sends the command. */
    static final class ReportPublicationRule {

        private ReportPublicationRule() {
        }

        static java.util.Optional<NotPublishable> check(PublishReportCommand command, int publishedVersions) {
            if (command.publisher() == null || command.publisher().role() != StaffRole.OMBUDSPERSON) {
                return java.util.Optional.of(NotPublishable.NOT_OMBUDSPERSON);
            }
            if (!command.auditPassed()) {
                return java.util.Optional.of(NotPublishable.DISCLOSURE_AUDIT_FAILED);
            }
            // What is published is what was previewed: the archive (which the preview reads) may be behind the log.
            if (command.version() != publishedVersions + 1) {
                return java.util.Optional.of(NotPublishable.PREVIEW_OUTDATED);
            }
            boolean hasErratum = command.erratum() != null && !command.erratum().isBlank();
            if (publishedVersions > 0 && !hasErratum) {
                return java.util.Optional.of(NotPublishable.ERRATUM_REQUIRED);
            }
            if (publishedVersions > 0 && command.previousManifestSha256() == null) {
                return java.util.Optional.of(NotPublishable.PREVIOUS_MANIFEST_REQUIRED);
            }
            return java.util.Optional.empty();
        }
    }
}
