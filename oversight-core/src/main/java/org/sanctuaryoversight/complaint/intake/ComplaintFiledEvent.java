package org.sanctuaryoversight.complaint.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * A complaint was filed. Statistical fields (departments, categories, channel, language, anonymity,
 * approximate date) stay in clear so the 90-day report never depends on personal data; narrative,
 * location and contact are {@link Sealed} and disappear for good when the complaint's key is shredded.
 *
 * @param location null when not given
 * @param contact  null for an anonymous complaint or when no contact details were given
 * @param attachments the files filed with it (kind and size in clear, name sealed, bytes in the attachment
 *                    store sealed with the same key); empty when none, and in events written before attachments
 */
public record ComplaintFiledEvent(String complaintId, Instant filedAt, Sealed narrative, ApproximateDate incidentDate,
                                  Sealed location, Set<String> departments, Set<AllegationCategory> allegations,
                                  IntakeChannel channel, String language, boolean anonymous, Sealed contact,
                                  ReceiptCredential receipt, List<AttachmentReference> attachments) {
    public ComplaintFiledEvent {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A complaint filed without files. */
    public ComplaintFiledEvent(String complaintId, Instant filedAt, Sealed narrative, ApproximateDate incidentDate,
                               Sealed location, Set<String> departments, Set<AllegationCategory> allegations,
                               IntakeChannel channel, String language, boolean anonymous, Sealed contact,
                               ReceiptCredential receipt) {
        this(complaintId, filedAt, narrative, incidentDate, location, departments, allegations, channel, language,
                anonymous, contact, receipt, List.of());
    }
}
