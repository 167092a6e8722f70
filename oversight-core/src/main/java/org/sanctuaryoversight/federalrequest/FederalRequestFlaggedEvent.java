package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import java.util.List;

/**
 * The compliance policy flagged a request. {@code reviewCaseId} is derived from the request id, so the
 * review case it opens is the same however often this event is delivered.
 */
public record FederalRequestFlaggedEvent(String requestId, String department, Instant flaggedAt,
                                         List<ComplianceFlag> flags, String reviewCaseId) {
    public FederalRequestFlaggedEvent {
        flags = List.copyOf(flags);
    }
}
