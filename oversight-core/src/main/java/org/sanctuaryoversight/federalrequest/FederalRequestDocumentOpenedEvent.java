package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.Seen;
import org.sanctuaryoversight.complaint.identity.LoggedAccess;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * A member of staff opened a document sent with a federal request: who ({@code openedBy} is the staff user id), in
 * which role, when and why. Recorded before the document is decrypted, and listed in the access log
 * ({@link LoggedAccess}) with the views of complainants' identities.
 *
 * @param note the staff member's reason in their own words
 */
public record FederalRequestDocumentOpenedEvent(String requestId, String documentId, String openedBy,
                                                String openerName, StaffRole role, Instant openedAt,
                                                DocumentPurpose purpose, String note) implements LoggedAccess {

    @Override
    public String accessedRecordId() {
        return requestId;
    }

    @Override
    public String accessedItemId() {
        return documentId;
    }

    @Override
    public String accessedBy() {
        return openedBy;
    }

    @Override
    public String accessorName() {
        return openerName;
    }

    @Override
    public StaffRole accessorRole() {
        return role;
    }

    @Override
    public Instant accessedAt() {
        return openedAt;
    }

    @Override
    public String purposeCode() {
        return purpose.name();
    }

    @Override
    public String accessNote() {
        return note;
    }

    @Override
    public Seen seen() {
        return Seen.FEDERAL_REQUEST_DOCUMENT;
    }
}
