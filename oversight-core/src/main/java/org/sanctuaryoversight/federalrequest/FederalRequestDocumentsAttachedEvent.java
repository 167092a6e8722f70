package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import java.util.List;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;

/**
 * A department attached copies to its record (a detainer, a warrant, a letter), when documenting or correcting it.
 * The files live encrypted with the request's own data key ({@link AttachingDocuments#keyId}) in the attachment
 * store; the event holds only their ids, kinds, sizes and sealed names. They are never public: only the
 * department's liaison and the ombudsperson open them, each opening recorded ({@link FederalRequestDocumentOpenedEvent}).
 *
 * @param attachedBy the staff user id (internal, never published)
 */
public record FederalRequestDocumentsAttachedEvent(String requestId, List<AttachmentReference> documents,
                                                   Instant attachedAt, String attachedBy) {
    public FederalRequestDocumentsAttachedEvent {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
