package org.sanctuaryoversight.app.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
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
}
