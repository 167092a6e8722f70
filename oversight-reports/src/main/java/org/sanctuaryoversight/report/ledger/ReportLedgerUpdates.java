package org.sanctuaryoversight.report.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The fact-producing entry points of the ledger, one per event the report counts. Each reads the
 * record, derives the new record from it and the event alone, and writes it whole, so a redelivered
 * event changes nothing. An event about a complaint the ledger does not know (filed before the ledger
 * existed and not yet replayed) is ignored: a replay from the start of the log sees the filing first.
 */
public final class ReportLedgerUpdates {

    private final ReportLedger ledger;

    public ReportLedgerUpdates(ReportLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    public void complaintFiled(String complaintId, Instant filedAt, List<String> departments, List<String> categories,
                               String channel, String language, boolean anonymous) {
        ledger.save(ComplaintFacts.filed(complaintId, filedAt, departments, categories, channel, language, anonymous));
    }

    public void reviewCaseOpened(String caseId, Instant openedAt, String department) {
        ledger.save(new ComplaintFacts(caseId, true, openedAt, department == null ? List.of() : List.of(department),
                List.of(), null, null, false, null, List.of(), null, null, List.of(), List.of()));
    }

    public void complaintAcknowledged(String complaintId, Instant acknowledgedAt) {
        ledger.complaint(complaintId).ifPresent(facts -> ledger.save(facts.acknowledged(acknowledgedAt)));
    }

    public void referralSent(String complaintId, String referralId, String department, Instant sentAt, LocalDate dueDate) {
        ledger.complaint(complaintId).ifPresent(facts -> {
            Instant respondedAt = facts.referrals().stream().filter(r -> r.referralId().equals(referralId))
                    .map(ReferralFacts::respondedAt).filter(Objects::nonNull).findFirst().orElse(null);
            ledger.save(facts.withReferral(new ReferralFacts(referralId, department, sentAt, dueDate, respondedAt)));
        });
    }

    public void departmentResponded(String complaintId, String referralId, Instant respondedAt) {
        ledger.complaint(complaintId).ifPresent(facts -> facts.referrals().stream()
                .filter(r -> r.referralId().equals(referralId)).findFirst()
                .ifPresent(r -> ledger.save(facts.withReferral(
                        new ReferralFacts(r.referralId(), r.department(), r.sentAt(), r.dueDate(), respondedAt)))));
    }

    public void recommendationMade(String complaintId, String recommendationId, String department, Instant madeAt) {
        ledger.complaint(complaintId).ifPresent(facts -> ledger.save(facts.withRecommendation(
                new RecommendationFacts(recommendationId, department, madeAt, null, null))));
    }

    public void recommendationAnswered(String complaintId, String recommendationId, Instant answeredAt, String answer) {
        ledger.complaint(complaintId).ifPresent(facts -> facts.recommendations().stream()
                .filter(r -> r.recommendationId().equals(recommendationId)).findFirst()
                .ifPresent(r -> ledger.save(facts.withRecommendation(new RecommendationFacts(r.recommendationId(),
                        r.department(), r.madeAt(), answeredAt, answer)))));
    }

    public void allegationRecorded(String complaintId, String allegationId, String department) {
        ledger.complaint(complaintId).ifPresent(facts -> {
            FindingFacts existing = facts.findings().stream().filter(f -> f.allegationId().equals(allegationId))
                    .findFirst().orElse(null);
            ledger.save(facts.withFinding(new FindingFacts(allegationId, department,
                    existing == null ? null : existing.finding(), existing == null ? null : existing.recordedAt())));
        });
    }

    public void findingRecorded(String complaintId, String allegationId, String finding, Instant recordedAt) {
        ledger.complaint(complaintId).ifPresent(facts -> facts.findings().stream()
                .filter(f -> f.allegationId().equals(allegationId)).findFirst()
                .ifPresent(f -> ledger.save(facts.withFinding(
                        new FindingFacts(allegationId, f.department(), finding, recordedAt)))));
    }

    public void complaintClosed(String complaintId, Instant closedAt, String outcome) {
        ledger.complaint(complaintId).ifPresent(facts -> ledger.save(facts.closed(closedAt, outcome)));
    }

    public void complaintReopened(String complaintId) {
        ledger.complaint(complaintId).ifPresent(facts -> ledger.save(facts.reopened()));
    }

    /** As the benchmarks feed it: received when documented, no help given. */
    public void federalRequestDocumented(String requestId, String department, Instant documentedAt, String requestType,
                                         String legalDocument, String response) {
        federalRequestDocumented(requestId, department, documentedAt, documentedAt, requestType, legalDocument,
                response, false);
    }

    public void federalRequestDocumented(String requestId, String department, Instant receivedAt, Instant documentedAt,
                                         String requestType, String legalDocument, String response,
                                         boolean helpedWithoutJudicialWarrant) {
        boolean flagged = ledger.federalRequest(requestId).map(FederalRequestLedgerEntry::flagged).orElse(false);
        ledger.save(new FederalRequestLedgerEntry(requestId, department, documentedAt, requestType, legalDocument, response,
                flagged, receivedAt, helpedWithoutJudicialWarrant));
    }

    /** As the benchmarks feed it: the receipt time and the help stay as documented. */
    public void federalRequestAmended(String requestId, String requestType, String legalDocument, String response) {
        ledger.federalRequest(requestId).ifPresent(facts -> federalRequestAmended(requestId, facts.received(),
                requestType, legalDocument, response, facts.helpedWithoutJudicialWarrant()));
    }

    /**
     * A correction replaces the facts (a corrected receipt time moves the request to its period) but keeps the
     * original documentation time and any flag already raised.
     */
    public void federalRequestAmended(String requestId, Instant receivedAt, String requestType, String legalDocument,
                                      String response, boolean helpedWithoutJudicialWarrant) {
        ledger.federalRequest(requestId).ifPresent(facts -> ledger.save(new FederalRequestLedgerEntry(requestId,
                facts.department(), facts.documentedAt(), requestType, legalDocument, response, facts.flagged(),
                receivedAt, helpedWithoutJudicialWarrant)));
    }

    public void federalRequestFlagged(String requestId) {
        ledger.federalRequest(requestId).ifPresent(facts -> ledger.save(facts.flag()));
    }

    /** A view is counted whether or not the ledger knows the complaint: it counts a staff action, not a complaint. */
    public void identityViewed(String viewId, Instant viewedAt, String purpose) {
        ledger.save(new IdentityViewFacts(viewId, viewedAt, purpose));
    }

    public void clear() {
        ledger.clear();
    }
}
