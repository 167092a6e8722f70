package org.sanctuaryoversight.complaint.attachment;

import org.sanctuaryoversight.privacy.Sealed;

/**
 * A file filed with a complaint, as the event log records it. The file itself lives, encrypted with the
 * complaint's data key, in the {@link AttachmentStore} under {@code attachmentId}; kind and size stay in clear
 * (they say nothing about the person), the original file name is sealed like every personal field.
 */
public record AttachmentReference(String attachmentId, AttachmentType type, long sizeBytes, Sealed fileName) {
}
