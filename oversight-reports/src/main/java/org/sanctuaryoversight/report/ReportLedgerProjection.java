package org.sanctuaryoversight.report;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.sanctuaryoversight.complaint.AllegationCategory;
import org.sanctuaryoversight.complaint.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.ReviewCaseOpenedEvent;

/**
 * Feeds the report ledger from the event log. It reads only the clear statistical fields of the
 * events, never a {@code Sealed} one, so shredding personal data leaves every report unchanged.
 *
 * <p>Adapters still to add when the casework and registry events are merged (one line each, onto
 * {@link ReportLedgerUpdates}): {@code ComplaintAcknowledgedEvent -> complaintAcknowledged},
 * {@code DepartmentReferralSentEvent -> referralSent}, {@code DepartmentRespondedEvent -> departmentResponded},
 * {@code RecommendationMadeEvent -> recommendationMade}, {@code RecommendationAnsweredEvent -> recommendationAnswered},
 * {@code ComplaintClosedEvent -> complaintClosed}, {@code ComplaintReopenedEvent -> complaintReopened},
 * {@code FederalRequestDocumentedEvent -> federalRequestDocumented}, {@code FederalRequestFlaggedEvent -> federalRequestFlagged}.
 */
@ProcessingGroup(ReportLedgerProjection.PROCESSING_GROUP)
class ReportLedgerProjection {

    static final String PROCESSING_GROUP = "report-ledger";

    private final ReportLedgerUpdates updates;

    ReportLedgerProjection(ReportLedger ledger) {
        this.updates = new ReportLedgerUpdates(ledger);
    }

    @EventHandler
    void on(ComplaintFiledEvent event) {
        updates.complaintFiled(event.complaintId(), event.filedAt(), List.copyOf(event.departments()),
                event.allegations().stream().map(AllegationCategory::name).toList(),
                event.channel() == null ? "UNKNOWN" : event.channel().name(),
                event.language() == null ? "und" : event.language(), event.anonymous());
    }

    @EventHandler
    void on(ReviewCaseOpenedEvent event) {
        updates.reviewCaseOpened(event.caseId(), event.openedAt(), event.department());
    }

    @ResetHandler
    void reset() {
        updates.clear();
    }
}
