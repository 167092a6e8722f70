package org.sanctuaryoversight.complaint.attachment;

/** A file whose first bytes claim a kind its structure does not follow; it is refused, never stored as is. */
final class DamagedFileException extends IllegalArgumentException {
    DamagedFileException(String message) {
        super(message);
    }
}
