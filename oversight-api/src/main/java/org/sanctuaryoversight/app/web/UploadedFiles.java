package org.sanctuaryoversight.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.sanctuaryoversight.complaint.attachment.AttachmentUpload;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a complaint form post, as the intake use case takes them. A file input left empty still
 * sends a part, without a name and without bytes; those are not files. Uploads are held in memory only
 * (see {@code IntakeConfiguration#multipartConfig}), so plaintext never reaches a temporary file.
 */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    public static List<AttachmentUpload> of(List<MultipartFile> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .filter(part -> !(part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isEmpty())))
                .map(UploadedFiles::upload)
                .toList();
    }

    private static AttachmentUpload upload(MultipartFile part) {
        try {
            return new AttachmentUpload(part.getOriginalFilename(), part.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("An uploaded file could not be read", e);
        }
    }
}
