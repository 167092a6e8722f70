package org.sanctuaryoversight.complaint.identity;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * A member of staff asks to see a complainant's contact details, or one of the files they sent, saying why. The
 * complaint records the view and only then hands out the sealed contact (see {@link ViewingComplainantIdentity});
 * for a file, the recorded view is what lets the file be decrypted.
 *
 * @param note the staff member's own words on why (kept in clear in the access log: never write the
 *             complainant's details in it)
 */
public record RecordIdentityViewCommand(@TargetAggregateIdentifier String complaintId, StaffMember viewer,
                                        IdentityViewPurpose purpose, String note, Instant viewedAt,
                                        String attachmentId) {

    /** A view of the contact details ({@code attachmentId} null; otherwise the view of that file). */
    public RecordIdentityViewCommand(String complaintId, StaffMember viewer, IdentityViewPurpose purpose, String note,
                                     Instant viewedAt) {
        this(complaintId, viewer, purpose, note, viewedAt, null);
    }
}
