package org.sanctuaryoversight.complaint.messages;

import java.time.Instant;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * The office sent the complainant a message. {@code sentBy} is the staff member's user id, kept for
 * accountability; the complainant sees only "the office".
 */
public record OfficeMessageSentEvent(String complaintId, String messageId, Instant sentAt, Sealed text,
                                     String sentBy) {
}
