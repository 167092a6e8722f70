package org.sanctuaryoversight.surveillance;

import java.util.List;

/**
 * What is wrong with an uploaded audit log, and where: the web layer turns {@code code} into words in the
 * person's language ({@code surveillance.problem.<code>}, with the line first among the arguments). Nothing
 * of a file with a problem is stored. The message never quotes a plate or an officer's name.
 *
 * @param line      the line of the file, from 1; 0 when the problem is the file as a whole
 * @param code      e.g. {@code fieldCount}, {@code encoding}, {@code truncated}, {@code headers}
 * @param arguments what the message needs besides the line (expected and found counts, missing columns…)
 */
public final class AuditLogProblem extends IllegalArgumentException {

    private final long line;
    private final String code;
    private final transient List<String> arguments;

    public AuditLogProblem(long line, String code, String englishMessage, String... arguments) {
        super((line > 0 ? "Line " + line + ": " : "") + englishMessage);
        this.line = line;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public long line() {
        return line;
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
