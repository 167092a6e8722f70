package org.sanctuaryoversight.complaint.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * Files a new complaint. Personal fields arrive already sealed with the complaint's data key, so the
 * plaintext never travels through the command bus, its interceptors or its logs. Attachments arrive as
 * references to files already sealed and stored (see {@code FilingComplaint}).
 */
public record FileComplaintCommand(@TargetAggregateIdentifier String complaintId, Instant filedAt, Sealed narrative,
                                   ApproximateDate incidentDate, Sealed location, Set<String> departments,
                                   Set<AllegationCategory> allegations, IntakeChannel channel, String language,
                                   boolean anonymous, Sealed contact, ReceiptCredential receipt,
                                   List<AttachmentReference> attachments) {
    public FileComplaintCommand {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A complaint without files. */
    public FileComplaintCommand(String complaintId, Instant filedAt, Sealed narrative, ApproximateDate incidentDate,
                                Sealed location, Set<String> departments, Set<AllegationCategory> allegations,
                                IntakeChannel channel, String language, boolean anonymous, Sealed contact,
                                ReceiptCredential receipt) {
        this(complaintId, filedAt, narrative, incidentDate, location, departments, allegations, channel, language,
                anonymous, contact, receipt, List.of());
    }
}
