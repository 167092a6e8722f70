package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.staff.StaffMember;

/** Corrects a documented request. The old version stays in the log; the reason is required. */
public record AmendFederalRequestCommand(@TargetAggregateIdentifier String requestId, FederalRequestFacts facts,
                                         String reason, Instant amendedAt, StaffMember amendedBy) {
}
