package org.sanctuaryoversight.report;

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

    void clear();
}
