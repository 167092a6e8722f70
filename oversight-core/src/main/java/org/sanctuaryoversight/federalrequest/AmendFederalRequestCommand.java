package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * Corrects a documented request. The old version stays in the log; the reason is required.
 *
 * @param documents further copies to attach, sealed and stored like those of {@link DocumentFederalRequestCommand}
 */
public record AmendFederalRequestCommand(@TargetAggregateIdentifier String requestId, FederalRequestFacts facts,
                                         String reason, Instant amendedAt, StaffMember amendedBy,
                                         List<AttachmentReference> documents) {
    public AmendFederalRequestCommand {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public AmendFederalRequestCommand(String requestId, FederalRequestFacts facts, String reason, Instant amendedAt,
                                      StaffMember amendedBy) {
        this(requestId, facts, reason, amendedAt, amendedBy, List.of());
    }
}
