package org.sanctuaryoversight.app.casework;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.complaint.identity.IdentityDisclosurePolicies;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.springframework.context.MessageSource;

/**
 * The reason a member of staff gives before seeing a complainant's contact details or files, as a form or a
 * JSON body sends it: a listed purpose and a note. Checked here so the person gets every error next to its field
 * in their language; the complaint's {@code EveryViewHasAReason} policy has the last word.
 *
 * @param purpose null when missing or not one of the listed purposes (see {@link #errors})
 * @param errors  field ({@code purpose}, {@code note}) to message; empty when the reason is complete
 */
record ViewReason(IdentityViewPurpose purpose, Map<String, String> errors) {

    static ViewReason check(String purpose, String note, MessageSource messages, Locale locale) {
        IdentityViewPurpose parsed = parse(purpose);
        Map<String, String> errors = new LinkedHashMap<>();
        if (parsed == null) {
            errors.put("purpose", messages.getMessage(purpose == null || purpose.isBlank()
                    ? "access.error.purpose.required" : "access.error.purpose.unknown", null, locale));
        }
        if (note == null || note.isBlank()) {
            errors.put("note", messages.getMessage("access.error.note.required", null, locale));
        } else if (note.length() > IdentityDisclosurePolicies.MAX_NOTE) {
            errors.put("note", messages.getMessage("access.error.note.tooLong", null, locale));
        }
        return new ViewReason(parsed, errors);
    }

    boolean complete() {
        return errors.isEmpty();
    }

    private static IdentityViewPurpose parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return IdentityViewPurpose.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
