package org.sanctuaryoversight.complaint.messages;

import java.time.Instant;
import org.sanctuaryoversight.privacy.Sealed;

/** The complainant sent the office a message. The text is sealed and disappears when the complaint's key is shredded. */
public record ComplainantMessageSentEvent(String complaintId, String messageId, Instant sentAt, Sealed text) {
}
