package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.staff.StaffMember;

/** Records that a member of staff opens one of the request's documents, for a stated reason, before it is decrypted. */
public record OpenFederalRequestDocumentCommand(@TargetAggregateIdentifier String requestId, String documentId,
                                                StaffMember openedBy, Instant openedAt, DocumentPurpose purpose,
                                                String note) {
}
