package org.sanctuaryoversight.report.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The reporting read model: one record per complaint, one per federal request and one per staff view of a
 * complainant's identity, rebuilt from the log.
 */
public interface ReportLedger {

    Optional<ComplaintFacts> complaint(String complaintId);

    void save(ComplaintFacts facts);

    /**
     * Saves {@code facts} over {@code before}, the record as the caller has just read it (null when there was none):
     * a ledger that keeps counters moves them from it without reading the record again.
     */
    default void replace(ComplaintFacts before, ComplaintFacts facts) {
        save(facts);
    }

    Optional<FederalRequestLedgerEntry> federalRequest(String requestId);

    void save(FederalRequestLedgerEntry facts);

    /** As {@link #replace(ComplaintFacts, ComplaintFacts)}, for a federal request. */
    default void replace(FederalRequestLedgerEntry before, FederalRequestLedgerEntry facts) {
        save(facts);
    }

    /** Every complaint record, sorted by identifier. */
    List<ComplaintFacts> complaints();

    /** Every federal request record, sorted by identifier. */
    List<FederalRequestLedgerEntry> federalRequests();

    /** Idempotent: a record with the same view id is replaced. */
    void save(IdentityViewFacts facts);

    /** Every staff view of a complainant's identity, sorted by view id. */
    List<IdentityViewFacts> identityViews();

    /** One staff view by its id (what a redelivered view would replace). */
    default Optional<IdentityViewFacts> identityView(String viewId) {
        return identityViews().stream().filter(view -> view.viewId().equals(viewId)).findFirst();
    }

    /**
     * The per-period counters kept with the records ({@link CountingReportLedger}), when this ledger keeps them and
     * they match the calendar; otherwise the tables are compiled from the records.
     */
    default Optional<ReportCounters> counters() {
        return Optional.empty();
    }

    void clear();
}
