package org.sanctuaryoversight.federalrequest;

import java.time.Instant;

/** One line of the public register: an approved {@link PublicRecord}, its public number and approval time. */
public record PublicRegisterEntry(String requestId, PublicRecord record, Instant approvedAt) {
}
