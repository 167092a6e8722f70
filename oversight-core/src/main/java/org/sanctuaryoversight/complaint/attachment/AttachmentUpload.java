package org.sanctuaryoversight.complaint.attachment;

/**
 * A file as it arrived with a complaint, before it is checked, cleaned and sealed. Its bytes are personal
 * data: they exist in plaintext only in memory, for the length of one request.
 *
 * @param fileName the name the person's device gave it; may be null
 */
public record AttachmentUpload(String fileName, byte[] content) {

    public AttachmentUpload {
        content = content == null ? new byte[0] : content;
    }

    public long size() {
        return content.length;
    }

    @Override
    public String toString() {
        return "AttachmentUpload[" + content.length + " bytes]";
    }
}
