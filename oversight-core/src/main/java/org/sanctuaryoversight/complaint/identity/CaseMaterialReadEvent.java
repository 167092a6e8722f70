package org.sanctuaryoversight.complaint.identity;

import java.time.Instant;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * A member of staff was shown a case's sealed material: the narrative and location, the messages, the office's notes
 * and the departments' answers. Like {@link ComplainantIdentityViewedEvent} it holds nothing of the complainant's:
 * who read, in which role, when and why. The access log lists it; it is not counted in the public report's
 * identity views, which are about contact details and files.
 */
public record CaseMaterialReadEvent(String complaintId, String readBy, String readerName, StaffRole role,
                                    Instant readAt, IdentityViewPurpose purpose, String note) {
}
