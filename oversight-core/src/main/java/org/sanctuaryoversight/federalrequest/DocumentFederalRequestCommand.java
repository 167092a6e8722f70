package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import java.util.List;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * A department documents a request it received. Creates the record; see {@link FederalRequestDocumentedEvent}.
 *
 * @param documents copies the department attaches (a detainer, a warrant, a letter), already sealed with the
 *                  request's data key and stored; see {@link FederalRequestDocumentsAttachedEvent}
 */
public record DocumentFederalRequestCommand(String requestId, FederalRequestFacts facts, Instant documentedAt,
                                            StaffMember documentedBy, List<AttachmentReference> documents) {
    public DocumentFederalRequestCommand {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public DocumentFederalRequestCommand(String requestId, FederalRequestFacts facts, Instant documentedAt,
                                         StaffMember documentedBy) {
        this(requestId, facts, documentedAt, documentedBy, List.of());
    }
}
