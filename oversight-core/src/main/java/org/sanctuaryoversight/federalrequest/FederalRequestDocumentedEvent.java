package org.sanctuaryoversight.federalrequest;

import java.time.Instant;

/** A request was documented. {@code documentedBy} is the staff user id: internal, never published. */
public record FederalRequestDocumentedEvent(String requestId, FederalRequestFacts facts, Instant documentedAt,
                                            String documentedBy) {
}
