package org.sanctuaryoversight.complaint.messages;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * The complainant writes to the office from the status page. They proved who they are with the receipt
 * code before this command was built; the text arrives already sealed with the complaint's data key.
 */
public record SendComplainantMessageCommand(@TargetAggregateIdentifier String complaintId, String messageId,
                                            Instant sentAt, Sealed text) {
}
