package org.sanctuaryoversight.federalrequest;

import java.time.Instant;

/** A correction: the complete facts as they now stand, and why they changed. Nothing earlier is overwritten. */
public record FederalRequestAmendedEvent(String requestId, FederalRequestFacts facts, String reason, Instant amendedAt,
                                         String amendedBy) {
}
