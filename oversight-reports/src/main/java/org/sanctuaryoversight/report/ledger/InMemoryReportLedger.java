package org.sanctuaryoversight.report.ledger;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ledger in memory, ordered by record id like {@link MongoReportLedger}: for tests and for building a
 * synthetic period in the benchmarks before it is written to the real ledger.
 */
public final class InMemoryReportLedger implements ReportLedger {

    private final TreeMap<String, ComplaintFacts> complaints = new TreeMap<>();
    private final TreeMap<String, FederalRequestLedgerEntry> requests = new TreeMap<>();
    private final TreeMap<String, IdentityViewFacts> identityViews = new TreeMap<>();

    @Override
    public Optional<ComplaintFacts> complaint(String complaintId) {
        return Optional.ofNullable(complaints.get(complaintId));
    }

    @Override
    public void save(ComplaintFacts facts) {
        complaints.put(facts.complaintId(), facts);
    }

    @Override
    public Optional<FederalRequestLedgerEntry> federalRequest(String requestId) {
        return Optional.ofNullable(requests.get(requestId));
    }

    @Override
    public void save(FederalRequestLedgerEntry facts) {
        requests.put(facts.requestId(), facts);
    }

    @Override
    public List<ComplaintFacts> complaints() {
        return List.copyOf(complaints.values());
    }

    @Override
    public List<FederalRequestLedgerEntry> federalRequests() {
        return List.copyOf(requests.values());
    }

    @Override
    public void save(IdentityViewFacts facts) {
        identityViews.put(facts.viewId(), facts);
    }

    @Override
    public Optional<IdentityViewFacts> identityView(String viewId) {
        return Optional.ofNullable(identityViews.get(viewId));
    }

    @Override
    public List<IdentityViewFacts> identityViews() {
        return List.copyOf(identityViews.values());
    }

    @Override
    public void clear() {
        complaints.clear();
        requests.clear();
        identityViews.clear();
    }
}
