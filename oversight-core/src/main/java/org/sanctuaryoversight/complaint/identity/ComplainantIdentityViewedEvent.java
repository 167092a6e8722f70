package org.sanctuaryoversight.complaint.identity;

import java.time.Instant;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * A member of staff was shown a complainant's decrypted contact details. Every field is in clear and none of
 * them is the complainant's: who looked ({@code viewedBy} is the staff user id), in which role, when, and
 * why. The access log and the public report's count are projections of this event, so they survive the
 * shredding of the complainant's personal data and can be rebuilt from the log.
 *
 * @param note the staff member's reason in their own words (staff text, not personal data of the complainant)
 * @param attachmentId null for a view of the contact details; otherwise the file that was opened
 */
public record ComplainantIdentityViewedEvent(String complaintId, String viewedBy, String viewerName, StaffRole role,
                                             Instant viewedAt, IdentityViewPurpose purpose, String note,
                                             String attachmentId) {

    /** A view of the contact details (events written before file views were recorded read the same way). */
    public ComplainantIdentityViewedEvent(String complaintId, String viewedBy, String viewerName, StaffRole role,
                                          Instant viewedAt, IdentityViewPurpose purpose, String note) {
        this(complaintId, viewedBy, viewerName, role, viewedAt, purpose, note, null);
    }
}
