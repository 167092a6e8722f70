package org.sanctuaryoversight.report;

import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.report.ReportNotPublishableException.Reason;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * The use case "the ombudsperson publishes a period": compile the figures from the ledger, audit them
 * against everything already public, and freeze them in a {@link ReportPublishedEvent}. A second call
 * for the same period publishes a correction, which needs an erratum and chains to the manifest of the
 * version it supersedes.
 */
public final class PublishingReport {

    public static final int MAX_ERRATUM_CHARS = 2_000;

    private final ReportCompiler compiler;
    private final ReportLedger ledger;
    private final ReportArchive archive;
    private final BundleRenderer renderer;
    private final CommandGateway commandGateway;
    private final Clock clock;

    public PublishingReport(ReportCompiler compiler, ReportLedger ledger, ReportArchive archive, BundleRenderer renderer,
                            CommandGateway commandGateway, Clock clock) {
        this.compiler = compiler;
        this.ledger = ledger;
        this.archive = archive;
        this.renderer = renderer;
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    /** The figures as they would be published now, with the audit; nothing is written. */
    public ReportDraft preview(int period) {
        if (period < 1) {
            throw new ReportNotPublishableException(Reason.UNKNOWN_PERIOD, "period " + period);
        }
        return compiler.draft(period, ledger.complaints(), ledger.federalRequests(), ledger.identityViews(),
                archive.latestExcept(period));
    }

    /** Every period that has ended, oldest first. */
    public List<ReportingPeriod> endedPeriods() {
        return compiler.calendar().endedPeriods(clock.instant());
    }

    /** Publishes the period and returns the new version's number. */
    public int publish(int period, StaffMember publisher, String erratum) {
        if (period < 1) {
            throw new ReportNotPublishableException(Reason.UNKNOWN_PERIOD, "period " + period);
        }
        ReportingPeriod reportingPeriod = compiler.calendar().period(period);
        if (reportingPeriod.endInstant().isAfter(clock.instant())) {
            throw new ReportNotPublishableException(Reason.PERIOD_NOT_ENDED, "period " + period);
        }
        // Periods are published in order, so the cross-period audit always sees the period before.
        if (period > 1 && archive.latest(period - 1).isEmpty()) {
            throw new ReportNotPublishableException(Reason.PREVIOUS_PERIOD_UNPUBLISHED, "period " + (period - 1));
        }
        if (erratum != null && erratum.length() > MAX_ERRATUM_CHARS) {
            throw new ReportNotPublishableException(Reason.ERRATUM_TOO_LONG, null);
        }
        ReportDraft draft = preview(period);
        if (!draft.audit().passed()) {
            throw new ReportNotPublishableException(Reason.DISCLOSURE_AUDIT_FAILED,
                    draft.audit().exposures().get(0).reason());
        }
        String previousManifest = archive.latest(period)
                .map(previous -> renderer.render(previous).manifestSha256()).orElse(null);
        if (previousManifest != null && (erratum == null || erratum.isBlank())) {
            throw new ReportNotPublishableException(Reason.ERRATUM_REQUIRED, null);
        }
        Integer version = commandGateway.sendAndWait(new PublishReportCommand(PublishReportCommand.publicationId(period),
                reportingPeriod, clock.instant(), publisher, erratum, previousManifest, compiler.threshold(),
                draft.tables(), true));
        return version;
    }
}
