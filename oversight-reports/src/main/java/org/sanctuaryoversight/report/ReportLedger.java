package org.sanctuaryoversight.report;

import java.util.List;
import java.util.Optional;

/** The reporting read model: one record per complaint and one per federal request, rebuilt from the log. */
public interface ReportLedger {

    Optional<ComplaintFacts> complaint(String complaintId);

    void save(ComplaintFacts facts);

    Optional<FederalRequestFacts> federalRequest(String requestId);

    void save(FederalRequestFacts facts);

    /** Every complaint record, sorted by identifier. */
    List<ComplaintFacts> complaints();

    /** Every federal request record, sorted by identifier. */
    List<FederalRequestFacts> federalRequests();

    void clear();
}
