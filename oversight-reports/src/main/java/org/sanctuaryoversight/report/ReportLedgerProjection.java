package org.sanctuaryoversight.report;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.AllegationRecordedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintAcknowledgedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintClosedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintReopenedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.DepartmentReferralSentEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.DepartmentRespondedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.FindingRecordedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.RecommendationAnsweredEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.RecommendationMadeEvent;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.casework.ReviewCaseOpenedEvent;
import org.sanctuaryoversight.complaint.identity.ComplainantIdentityViewedEvent;
import org.sanctuaryoversight.federalrequest.FederalRequestAmendedEvent;
import org.sanctuaryoversight.federalrequest.FederalRequestDocumentedEvent;
import org.sanctuaryoversight.federalrequest.FederalRequestFlaggedEvent;
import org.sanctuaryoversight.report.ledger.CountingReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;

/**
 * Feeds the report ledger from the event log. It reads only the clear statistical fields of the
 * events, never a {@code Sealed} one, so shredding personal data leaves every report unchanged.
 */
@ProcessingGroup(ReportLedgerProjection.PROCESSING_GROUP)
class ReportLedgerProjection {

    /*
     * Renamed from "report-ledger" when records gained receipt times and findings: a processing group without a
     * token replays the whole log, so a service upgraded in place rewrites every record (whole-record replacement
     * converges to the same result) without anyone resetting tokens by hand. Renamed again ("report-ledger-2" to
     * "report-ledger-3") when the ledger gained per-period counters (CountingReportLedger): they are built by the
     * same replay, from a cleared ledger.
     */
    static final String PROCESSING_GROUP = "report-ledger-3";

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

    @EventHandler
    void on(ComplaintAcknowledgedEvent event) {
        updates.complaintAcknowledged(event.complaintId(), event.acknowledgedAt());
    }

    @EventHandler
    void on(DepartmentReferralSentEvent event) {
        updates.referralSent(event.complaintId(), event.referralId(), event.department(), event.sentAt(), event.dueDate());
    }

    @EventHandler
    void on(DepartmentRespondedEvent event) {
        updates.departmentResponded(event.complaintId(), event.referralId(), event.respondedAt());
    }

    @EventHandler
    void on(RecommendationMadeEvent event) {
        updates.recommendationMade(event.complaintId(), event.recommendationId(), event.department(), event.madeAt());
    }

    @EventHandler
    void on(RecommendationAnsweredEvent event) {
        updates.recommendationAnswered(event.complaintId(), event.recommendationId(), event.answeredAt(),
                event.answer() == null ? null : event.answer().name());
    }

    @EventHandler
    void on(AllegationRecordedEvent event) {
        updates.allegationRecorded(event.complaintId(), event.allegationId(), event.department());
    }

    @EventHandler
    void on(FindingRecordedEvent event) {
        updates.findingRecorded(event.complaintId(), event.allegationId(),
                event.finding() == null ? null : event.finding().name(), event.recordedAt());
    }

    @EventHandler
    void on(ComplaintClosedEvent event) {
        updates.complaintClosed(event.complaintId(), event.closedAt(),
                event.outcome() == null ? "UNKNOWN" : event.outcome().name());
    }

    @EventHandler
    void on(ComplaintReopenedEvent event) {
        updates.complaintReopened(event.complaintId());
    }

    /** Only when and why: neither the member of staff, nor the complaint, nor the note reach the report. */
    @EventHandler
    void on(ComplainantIdentityViewedEvent event, @SequenceNumber long sequence) {
        updates.identityViewed(event.complaintId() + ":" + sequence, event.viewedAt(), event.purpose().name());
    }

    @EventHandler
    void on(FederalRequestDocumentedEvent event) {
        var facts = event.facts();
        updates.federalRequestDocumented(event.requestId(), facts.department(),
                facts.receivedAt() == null ? event.documentedAt() : facts.receivedAt(), event.documentedAt(),
                requestType(facts), code(facts.legalDocument()), code(facts.response()), helpedWithoutJudge(facts));
    }

    @EventHandler
    void on(FederalRequestAmendedEvent event) {
        var facts = event.facts();
        if (facts.receivedAt() == null) {
            updates.federalRequestAmended(event.requestId(), requestType(facts), code(facts.legalDocument()),
                    code(facts.response()));
            return;
        }
        updates.federalRequestAmended(event.requestId(), facts.receivedAt(), requestType(facts),
                code(facts.legalDocument()), code(facts.response()), helpedWithoutJudge(facts));
    }

    @EventHandler
    void on(FederalRequestFlaggedEvent event) {
        updates.federalRequestFlagged(event.requestId());
    }

    /** A request asking for several things is counted once, under the combination (sorted, joined by '+'). */
    private static String requestType(org.sanctuaryoversight.federalrequest.FederalRequestFacts facts) {
        return facts.requestTypes().isEmpty() ? "UNSPECIFIED"
                : String.join("+", facts.requestTypes().stream().map(Enum::name).toList());
    }

    /** Help given on less than a judge's signature, in the domain's own words (the compliance policy's test). */
    private static boolean helpedWithoutJudge(org.sanctuaryoversight.federalrequest.FederalRequestFacts facts) {
        return facts.response() != null && facts.response().gaveHelp()
                && (facts.legalDocument() == null || !facts.legalDocument().isJudicial());
    }

    private static String code(Enum<?> value) {
        return value == null ? "UNKNOWN" : value.name();
    }

    @ResetHandler
    void reset() {
        updates.clear();
    }
}
