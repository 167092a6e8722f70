package org.sanctuaryoversight.app.surveillance;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;

/**
 * A {@code multipart/form-data} post read as it arrives: the form fields before the file (short, kept), then
 * the file as a stream, never buffered whole. A body past {@code maxBytes} fails while it is read; see
 * {@link #tooLarge(Throwable)}.
 */
final class MultipartFormStream {

    private static final int MAX_FIELD_BYTES = 4_096;
    private static final int MAX_PARTS = 20;

    private final Map<String, String> fields = new HashMap<>();
    private final FileItemStream file;

    private MultipartFormStream(Map<String, String> fields, FileItemStream file) {
        this.fields.putAll(fields);
        this.file = file;
    }

    /**
     * Reads the fields up to the file part {@code fileField}.
     *
     * @throws IOException when the body is not a form post with files, or is too large
     */
    static MultipartFormStream open(HttpServletRequest request, String fileField, long maxBytes) throws IOException {
        FileUpload upload = new FileUpload();
        upload.setSizeMax(maxBytes);
        upload.setFileSizeMax(maxBytes);
        upload.setFileCountMax(MAX_PARTS);
        Map<String, String> fields = new HashMap<>();
        try {
            FileItemIterator items = upload.getItemIterator(new ServletRequestContext(request));
            while (items.hasNext()) {
                FileItemStream item = items.next();
                if (!item.isFormField() && fileField.equals(item.getFieldName())) {
                    return new MultipartFormStream(fields, item);
                }
                try (InputStream value = item.openStream()) {
                    byte[] bytes = value.readNBytes(MAX_FIELD_BYTES + 1);
                    if (item.isFormField() && bytes.length <= MAX_FIELD_BYTES) {
                        fields.putIfAbsent(item.getFieldName(), new String(bytes, StandardCharsets.UTF_8));
                    }
                    value.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } catch (FileUploadException e) {
            throw new IOException(e);
        }
        return new MultipartFormStream(fields, null);
    }

    String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The file's bytes as they arrive, or null when the form had no file (or an empty one). */
    InputStream file() throws IOException {
        return file == null || file.getName() == null || file.getName().isBlank() ? null : file.openStream();
    }

    /** Whether a failure while reading the body was the size limit. */
    static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException) {
                return true;
            }
        }
        return false;
    }
}
