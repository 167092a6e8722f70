package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * The office approves the redacted public version of a record, with the only free text the public will see.
 *
 * @param cityZone the city's time zone, in which the public month received is counted
 */
public record ApproveFederalRequestPublicSummaryCommand(@TargetAggregateIdentifier String requestId,
                                                        String publicSummary, Instant approvedAt,
                                                        StaffMember approvedBy, java.time.ZoneId cityZone) {
}
