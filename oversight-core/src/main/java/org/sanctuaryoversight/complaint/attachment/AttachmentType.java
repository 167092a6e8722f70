package org.sanctuaryoversight.complaint.attachment;

/**
 * The kinds of file a complaint may carry. A file's kind is read from its first bytes, never from its name
 * or from the type the browser claims: a renamed executable is refused, a photo named {@code .txt} is accepted.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    HEIC("image/heic", "heic");

    private final String mediaType;
    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
