package org.sanctuaryoversight.complaint;

import java.time.Instant;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * Files a new complaint. Personal fields arrive already sealed with the complaint's data key, so the
 * plaintext never travels through the command bus, its interceptors or its logs.
 */
public record FileComplaintCommand(@TargetAggregateIdentifier String complaintId, Instant filedAt, Sealed narrative,
                                   ApproximateDate incidentDate, Sealed location, Set<String> departments,
                                   Set<AllegationCategory> allegations, IntakeChannel channel, String language,
                                   boolean anonymous, Sealed contact, ReceiptCredential receipt) {
}
