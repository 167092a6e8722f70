package org.sanctuaryoversight.complaint.messages;

import java.time.Instant;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * One message of the conversation between a complainant and the office, as the read model keeps it
 * (text still sealed: it is opened only when a page shows it).
 */
public record ComplaintMessage(String messageId, Author author, Instant sentAt,
                               Sealed text) {

    /** Who wrote it, as the complainant sees it: themselves or the office (never a staff member's name). */
    public enum Author {
        COMPLAINANT,
        OFFICE
    }
}
