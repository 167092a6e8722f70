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
 * events, never a {@code Sealed} one. Every handler writes a whole record derived from the previous
 * record and the event, so a redelivered event gives the same record.
 *
 * <p>Handlers still to wire when the casework and registry events exist (each is one line on
 * {@link ComplaintFacts} or {@link FederalRequestFacts}): {@code ComplaintAcknowledgedEvent} ->
 * {@link ComplaintFacts#acknowledged}, {@code DepartmentReferralSentEvent} and {@code DepartmentRespondedEvent}
 * -> {@link ComplaintFacts#withReferral}, {@code RecommendationMadeEvent} and {@code RecommendationAnsweredEvent}
 * -> {@link ComplaintFacts#withRecommendation}, {@code ComplaintClosedEvent} -> {@link ComplaintFacts#closed},
 * {@code ComplaintReopenedEvent} -> {@link ComplaintFacts#reopened}, {@code FederalRequestDocumentedEvent} ->
 * {@link ReportLedger#save(FederalRequestFacts)}, {@code FederalRequestFlaggedEvent} -> {@link FederalRequestFacts#flag}.
 */
@ProcessingGroup(ReportLedgerProjection.PROCESSING_GROUP)
class ReportLedgerProjection {

    static final String PROCESSING_GROUP = "report-ledger";

    private final ReportLedger ledger;

    ReportLedgerProjection(ReportLedger ledger) {
        this.ledger = ledger;
    }

    @EventHandler
    void on(ComplaintFiledEvent event) {
        ledger.save(ComplaintFacts.filed(event.complaintId(), event.filedAt(), List.copyOf(event.departments()),
                event.allegations().stream().map(AllegationCategory::name).toList(),
                event.channel() == null ? "UNKNOWN" : event.channel().name(),
                event.language() == null ? "und" : event.language(), event.anonymous()));
    }

    @EventHandler
    void on(ReviewCaseOpenedEvent event) {
        ledger.save(new ComplaintFacts(event.caseId(), true, event.openedAt(), List.of(event.department()), List.of(),
                null, null, false, null, List.of(), null, null, List.of()));
    }

    @ResetHandler
    void reset() {
        ledger.clear();
    }
}
