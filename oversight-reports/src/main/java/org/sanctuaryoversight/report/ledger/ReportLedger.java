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

    Optional<FederalRequestLedgerEntry> federalRequest(String requestId);

    void save(FederalRequestLedgerEntry facts);

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
