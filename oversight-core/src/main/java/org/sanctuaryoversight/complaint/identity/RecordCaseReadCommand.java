package org.sanctuaryoversight.complaint.identity;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * A member of staff opens a case's sealed material (what the complainant wrote, the messages, the office's notes and
 * the departments' answers) to work the case, saying why. The complaint records the read before anything is opened;
 * the purpose and note given once per case and sign-in are repeated on every later read of the same sign-in.
 */
public record RecordCaseReadCommand(@TargetAggregateIdentifier String complaintId, StaffMember reader,
                                    IdentityViewPurpose purpose, String note, Instant readAt) {
}
