package org.sanctuaryoversight.federalrequest;

import java.time.Instant;

/**
 * The office approved what the public register shows for this request. A later amendment does not
 * change the public record until the office approves again.
 */
public record FederalRequestPublicSummaryApprovedEvent(String requestId, PublicRecord publicRecord,
                                                       Instant approvedAt, String approvedBy) {
}
