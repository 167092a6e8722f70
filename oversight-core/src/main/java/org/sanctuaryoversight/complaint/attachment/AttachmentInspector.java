package org.sanctuaryoversight.complaint.attachment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctuaryoversight.complaint.intake.ComplaintIntakePolicy;
import org.sanctuaryoversight.ruling.Ruling;

/**
 * Decides whether the files sent with a complaint may be kept, and cleans the ones that may. The rules:
 * at most {@code maxFiles} files of at most {@code maxFileBytes} each; a PDF, JPEG, PNG or HEIC file by its
 * content (the name and the browser's claimed type are ignored); a plain file name, without folders; and
 * an image whose structure can be read, because its metadata (location, time, device) is removed before it
 * is stored. A PDF is rewritten as a fresh document without metadata or active content ({@link PdfMetadata}).
 */
public final class AttachmentInspector {

    public static final int MAX_FILE_NAME_CHARS = 255;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final int maxFiles;
    private final long maxFileBytes;

    public AttachmentInspector(int maxFiles, long maxFileBytes) {
        if (maxFiles < 0 || maxFileBytes < 1) {
            throw new IllegalArgumentException("attachment limits must be positive");
        }
        this.maxFiles = maxFiles;
        this.maxFileBytes = maxFileBytes;
    }

    public int maxFiles() {
        return maxFiles;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** A file that passed: its kind, and its bytes with image metadata removed. */
    public record CleanFile(String fileName, AttachmentType type, byte[] content) {
        @Override
        public String toString() {
            return "CleanFile[" + type + ", " + content.length + " bytes]";
        }
    }

    /**
     * The outcome for a whole filing: the clean files, or the code of every problem they have ({@code tooMany},
     * {@code type}, {@code damaged}, …; each form words it in its own bundle).
     */
    public record Inspection(List<CleanFile> files, List<String> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }

        /** The problems as refusals of a complaint's field {@code attachments}. */
        public List<Ruling> violations() {
            return problems.stream().map(problem -> ComplaintIntakePolicy.violation("attachments", problem)).toList();
        }
    }

    public Inspection inspect(List<AttachmentUpload> uploads) {
        List<String> problems = new ArrayList<>();
        List<CleanFile> clean = new ArrayList<>();
        if (uploads.size() > maxFiles) {
            return new Inspection(List.of(), List.of("tooMany"));
        }
        for (AttachmentUpload upload : uploads) {
            Optional<AttachmentType> type = detect(upload.content());
            String problem = problem(upload, type);
            if (problem != null) {
                problems.add(problem);
                continue;
            }
            try {
                clean.add(new CleanFile(fileName(upload.fileName()), type.get(), clean(type.get(), upload.content())));
            } catch (DamagedFileException damaged) {
                problems.add("damaged");
            }
        }
        return problems.isEmpty() ? new Inspection(List.copyOf(clean), List.of())
                : new Inspection(List.of(), problems.stream().distinct().toList());
    }

    private String problem(AttachmentUpload upload, Optional<AttachmentType> type) {
        if (upload.size() == 0) {
            return "empty";
        }
        if (upload.size() > maxFileBytes) {
            return "tooLarge";
        }
        if (!plainName(upload.fileName())) {
            return "name";
        }
        return type.isEmpty() ? "type" : null;
    }

    /** The file's kind from its first bytes, or empty when it is none of the accepted kinds. */
    public static Optional<AttachmentType> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(AttachmentType.PDF);
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(AttachmentType.JPEG);
        }
        if (startsWith(content, PngMetadata.SIGNATURE)) {
            return Optional.of(AttachmentType.PNG);
        }
        if (HeifMetadata.isHeic(content)) {
            return Optional.of(AttachmentType.HEIC);
        }
        return Optional.empty();
    }

    static byte[] clean(AttachmentType type, byte[] content) {
        switch (type) {
            case JPEG:
                return JpegMetadata.strip(content);
            case PNG:
                return PngMetadata.strip(content);
            case HEIC:
                return HeifMetadata.strip(content);
            case PDF:
                return PdfMetadata.strip(content);
            default:
                return content.clone();
        }
    }

    /**
     * A name as a browser sends it: no folder part, no {@code ..}, no control characters. A name that is
     * not is refused rather than "repaired", so a crafted name never reaches a disk, a header or a log.
     */
    static boolean plainName(String name) {
        if (name == null || name.isEmpty()) {
            return true;
        }
        if (name.length() > MAX_FILE_NAME_CHARS || name.contains("/") || name.contains("\\") || name.contains("..")
                || name.isBlank()) {
            return false;
        }
        return name.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029);
    }

    private static String fileName(String name) {
        return name == null || name.isEmpty() ? null : name;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
