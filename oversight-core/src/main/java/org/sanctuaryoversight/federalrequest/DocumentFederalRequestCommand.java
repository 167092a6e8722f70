package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import org.sanctuaryoversight.staff.StaffMember;

/** A department documents a request it received. Creates the record; see {@link FederalRequestDocumentedEvent}. */
public record DocumentFederalRequestCommand(String requestId, FederalRequestFacts facts, Instant documentedAt,
                                            StaffMember documentedBy) {
}
