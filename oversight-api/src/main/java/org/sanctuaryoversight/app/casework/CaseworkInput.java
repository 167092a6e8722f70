package org.sanctuaryoversight.app.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.app.web.NotFoundException;
import org.springframework.context.MessageSource;

/**
 * Collects field errors for one request, in the reader's language, and refuses the request if there are any;
 * so a command is only ever sent with complete, well-formed input. Shared by the API and the pages.
 */
final class CaseworkInput {

    static final int MAX_TEXT = 10_000;

    private final MessageSource messages;
    private final Locale locale;
    private final Casework casework;
    private final List<FieldError> errors = new ArrayList<>();

    CaseworkInput(MessageSource messages, Locale locale, Casework casework) {
        this.messages = messages;
        this.locale = locale;
        this.casework = casework;
    }

    CaseworkInput required(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            error(field, "casework.error.required");
        }
        return this;
    }

    CaseworkInput text(String field, String value) {
        required(field, value);
        if (value != null && value.length() > MAX_TEXT) {
            error(field, "casework.error.tooLong");
        }
        return this;
    }

    CaseworkInput department(String field, String code) {
        if (code == null || code.isBlank()) {
            error(field, "casework.error.required");
        } else if (!casework.departmentExists(code)) {
            error(field, "casework.error.unknownDepartment");
        }
        return this;
    }

    /** The files a person adds to the case: each refused file's reason next to the file field. */
    CaseworkInput files(String field, org.sanctuaryoversight.complaint.attachment.AttachmentInspector.Inspection inspection) {
        var limits = casework.documentLimits();
        inspection.problems().forEach(problem -> errors.add(new FieldError(field, messages.getMessage(
                "complaint.attachments." + problem,
                new Object[] {limits.maxFiles(), limits.maxFileBytes() / (1024 * 1024)}, locale))));
        return this;
    }

    CaseworkInput check(boolean condition, String field, String code) {
        if (!condition) {
            error(field, code);
        }
        return this;
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private void error(String field, String code) {
        errors.add(new FieldError(field, messages.getMessage(code, null, code, locale)));
    }

    /** The 404 for a case (or a part of one) that does not exist, in the reader's language. */
    static NotFoundException notFound(MessageSource messages, Locale locale) {
        return new NotFoundException(messages.getMessage("casework.error.notFound", null, "Not found", locale));
    }

    // ---- reading what a form or a query string sent, before it is checked

    /** The enum constant named {@code value}, or null when it is blank or names none (then a check refuses it). */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The ISO date {@code text} names, or null when it is blank or malformed (then a check refuses it). */
    static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A filter's value: null when it is left blank, stripped otherwise. */
    static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
