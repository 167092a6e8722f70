package org.sanctuaryoversight.app.security.accesslog;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.*;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.sanctuaryoversight.complaint.identity.ViewingComplainantIdentity;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * What the web layer does with complainants' identities: show a complainant's contact details to a member of staff
 * (one recorded view each time, see {@link ViewingComplainantIdentity}) and read the access log. The decrypted
 * contact lives only in the response being rendered; nothing here logs or caches it.
 */
public record IdentityAccess(ViewingComplainantIdentity viewing, QueryGateway queries) {

    /** Records the view, then opens the contact: empty when the complaint's personal data was shredded. */
    public Optional<ContactDetails> view(String complaintId, StaffMember viewer, IdentityViewPurpose purpose, String note) {
        return viewing.view(complaintId, viewer, purpose, note);
    }

    /** Records that {@code viewer} opens one of the complainant's files, for the stated reason; only then may it be decrypted. */
    public void openFile(String complaintId, String attachmentId, StaffMember viewer, IdentityViewPurpose purpose,
                         String note) {
        viewing.openFile(complaintId, attachmentId, viewer, purpose, note);
    }

    /** Whether the complaint is anonymous or has contact details; empty for a review case (or one not yet projected). */
    public Optional<IdentitySubject> subject(String complaintId) {
        return queries.query(new FindIdentitySubjectQuery(complaintId),
                ResponseTypes.optionalInstanceOf(IdentitySubject.class)).join();
    }

    /** @param complaintId null for every complaint; @param page zero-based */
    public IdentityAccessLogPage log(String complaintId, int page, int size) {
        return queries.query(new FindIdentityAccessLogQuery(complaintId, page, size),
                ResponseTypes.instanceOf(IdentityAccessLogPage.class)).join();
    }
}
