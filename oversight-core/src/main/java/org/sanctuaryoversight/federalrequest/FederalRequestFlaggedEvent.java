package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import java.util.List;

/**
 * The compliance policy flagged a request. {@code reviewCaseId} is derived from the request id, so the
 * review case it opens is the same however often this event is delivered. The request's statistical
 * fields travel in clear (department, received/documented, types, document, response) so reports can
 * count flags per period without joining events; no free text, no staff id.
 */
public record FederalRequestFlaggedEvent(String requestId, String department, Instant flaggedAt,
                                         List<ComplianceFlag> flags, String reviewCaseId, Instant receivedAt,
                                         Instant documentedAt, List<RequestType> requestTypes,
                                         LegalDocument legalDocument, FederalRequestResponse response) {
    public FederalRequestFlaggedEvent {
        flags = List.copyOf(flags);
        requestTypes = requestTypes == null ? List.of() : List.copyOf(requestTypes);
    }
}
