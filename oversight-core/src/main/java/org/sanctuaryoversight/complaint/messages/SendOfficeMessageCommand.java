package org.sanctuaryoversight.complaint.messages;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;

/** A member of the office writes to the complainant, who reads it on the status page. Text sealed. */
public record SendOfficeMessageCommand(@TargetAggregateIdentifier String complaintId, String messageId,
                                       Instant sentAt, Sealed text, StaffMember sender) {
}
