package org.sanctuaryoversight.complaint.identity;

import java.time.Instant;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.Seen;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * An event of another capability that the access log lists beside the views of complainants' identities: a member of
 * staff was shown sealed material of another kind of record (a document sent with a federal request). The event
 * implements this interface, so the log lists it without depending on that capability (which depends on this one).
 * The methods are not the event's fields: the stored event keeps its own shape.
 */
public interface LoggedAccess {

    /** The record the material belongs to; the access log's "case" column and filter. */
    String accessedRecordId();

    /** The document or file that was opened; null when the material is the record itself. */
    String accessedItemId();

    /** The staff user id. */
    String accessedBy();

    String accessorName();

    StaffRole accessorRole();

    Instant accessedAt();

    /** The code of the stated purpose, worded by the application as {@code access.purpose.<code>}. */
    String purposeCode();

    /** The reason in the person's own words. */
    String accessNote();

    Seen seen();
}
