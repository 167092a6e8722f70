package org.sanctuaryoversight.surveillance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks) from a stream of UTF-8
 * bytes, one record at a time, in constant memory: a field may not exceed {@link #MAX_FIELD} characters nor
 * a record {@link #MAX_FIELDS} fields. It counts lines so every problem names one, reports bytes that are
 * not UTF-8 at the line where they stand, and tells a file cut off in the middle of a record from a complete one.
 */
final class CsvReader {

    static final int MAX_FIELD = 10_000;
    static final int MAX_FIELDS = 200;
    private static final int NONE = -2;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean endOfBytes;
    private boolean undecodable;
    private int pushedBack = NONE;
    private long line = 1;
    private long recordLine;
    private boolean unterminated;
    private boolean started;

    CsvReader(InputStream in) {
        this.in = in;
    }

    /** The line on which the record last returned by {@link #next()} starts. */
    long recordLine() {
        return recordLine;
    }

    /** Whether the last record returned ended at the end of the file without a line break. */
    boolean lastRecordUnterminated() {
        return unterminated;
    }

    /** The next record's fields, or null at the end of the file. Blank lines are skipped. */
    List<String> next() {
        int c = read();
        while (c == '\n') {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                c = quoted(field);
            } else {
                while (c != ',' && c != '\n' && c != -1) {
                    append(field, c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (fields.size() > MAX_FIELDS) {
                throw new AuditLogProblem(recordLine, "tooManyFields", "more than " + MAX_FIELDS + " fields",
                        String.valueOf(MAX_FIELDS));
            }
            if (c == ',') {
                field.setLength(0);
                c = read();
                continue;
            }
            unterminated = c == -1;
            return fields;
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int quoted(StringBuilder field) {
        long opened = line;
        while (true) {
            int c = read();
            if (c == -1) {
                throw new AuditLogProblem(line, "truncated", "the file ends inside a quoted value opened on line "
                        + opened + "; it seems cut off", String.valueOf(opened));
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != '\n' && after != -1) {
                        throw new AuditLogProblem(line, "quote", "a quoted value is followed by more text before the comma");
                    }
                    return after;
                }
            }
            append(field, c);
        }
    }

    private void append(StringBuilder field, int c) {
        if (field.length() >= MAX_FIELD) {
            throw new AuditLogProblem(recordLine, "fieldTooLong", "a value is longer than " + MAX_FIELD + " characters",
                    String.valueOf(MAX_FIELD));
        }
        field.append((char) c);
    }

    /** The next character with every line break made {@code \n} (counted), or -1 at the end. */
    private int read() {
        int c;
        if (pushedBack != NONE) {
            c = pushedBack;
            pushedBack = NONE;
        } else {
            c = decoded();
        }
        if (c == '\r') {
            int after = decoded();
            if (after != '\n') {
                pushedBack = after;
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
        } else if (c == 0) {
            throw encoding();
        }
        return c;
    }

    private int decoded() {
        while (!chars.hasRemaining()) {
            if (undecodable) {
                throw encoding();
            }
            if (!fill()) {
                return -1;
            }
        }
        char c = chars.get();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                return decoded(); // a byte-order mark is not content
            }
        }
        return c;
    }

    /** Decodes what the next bytes give; false once everything was decoded. */
    private boolean fill() {
        chars.clear();
        try {
            while (chars.position() == 0) {
                CoderResult result = decoder.decode(bytes, chars, endOfBytes);
                if (result.isError()) {
                    undecodable = true;
                    break;
                }
                if (result.isOverflow()) {
                    break;
                }
                if (endOfBytes) {
                    break;
                }
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    endOfBytes = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chars.flip();
        return chars.hasRemaining() || undecodable;
    }

    private AuditLogProblem encoding() {
        return new AuditLogProblem(line, "encoding", "this line is not UTF-8 text; export or save the log as UTF-8 CSV");
    }
}
