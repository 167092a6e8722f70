package org.sanctuaryoversight.app.federalrequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sanctuaryoversight.app.web.Choices;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.CleanFile;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.Inspection;
import org.sanctuaryoversight.complaint.attachment.AttachmentUpload;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.federalrequest.FederalAgency;
import org.sanctuaryoversight.federalrequest.FederalRequestFacts;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.RequestChannel;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.privacy.IdentifierPatternCheck;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a member of staff entered (the pages or the JSON API), turned into facts and clean documents, or into every
 * error next to its field in their language, before anything is stored. The aggregate re-checks what matters.
 */
@Component
record FederalRequestInput(DepartmentDirectory departments, AttachmentInspector inspector, MessageSource messages,
                           RegistryProperties properties, Clock clock) {

    static final int MAX_TEXT = 4000;

    /** Documents chosen on the form, and whether the person confirmed they blacked out who the papers are about. */
    record NewDocuments(List<AttachmentUpload> uploads, boolean redacted) {
        static NewDocuments none() {
            return new NewDocuments(List.of(), false);
        }
    }

    /** The facts the form describes; null when {@code errors} received any. */
    FederalRequestFacts facts(FederalRequestForm form, Locale locale, List<FieldError> errors) {
        int before = errors.size();
        if (form.department() == null || form.department().isBlank()) {
            errors.add(error("department", "required", locale));
        } else if (!departments.exists(form.department())) {
            errors.add(error("department", "unknown", locale));
        }
        Instant receivedAt = parseReceivedAt(form.receivedAt(), properties.timeZone()).orElse(null);
        if (form.receivedAt() == null || form.receivedAt().isBlank()) {
            errors.add(error("receivedAt", "required", locale));
        } else if (receivedAt == null) {
            errors.add(error("receivedAt", "invalid", locale));
        } else if (receivedAt.isAfter(clock.instant())) {
            errors.add(error("receivedAt", "future", locale));
        }
        FederalAgency agency = choice("agency", form.agency(), FederalAgency.class, locale, errors);
        RequestChannel channel = choice("channel", form.channel(), RequestChannel.class, locale, errors);
        List<RequestType> types = new ArrayList<>();
        if (form.requestTypes().isEmpty()) {
            errors.add(error("requestTypes", "required", locale));
        }
        for (String type : form.requestTypes()) {
            RequestType parsed = choice("requestTypes", type, RequestType.class, locale, errors);
            if (parsed != null) {
                types.add(parsed);
            }
        }
        LegalDocument document = choice("legalDocument", form.legalDocument(), LegalDocument.class, locale, errors);
        FederalRequestResponse response = choice("response", form.response(), FederalRequestResponse.class, locale, errors);
        text("description", form.description(), locale, errors);
        text("justification", form.justification(), locale, errors);
        if (errors.size() > before) {
            return null;
        }
        return new FederalRequestFacts(form.department(), receivedAt, agency, channel, types, document, response,
                form.description().strip(), form.justification().strip());
    }

    /**
     * The chosen files, checked and cleaned like a complainant's (kind by content, image metadata removed), or the
     * errors under {@code documents}. A copy of a detainer names the person: attaching one needs the person's word
     * that they blacked out who it is about ({@code documentsRedacted}).
     */
    List<CleanFile> documents(NewDocuments documents, Locale locale, List<FieldError> errors) {
        if (documents.uploads().isEmpty()) {
            return List.of();
        }
        Inspection inspection = inspector.inspect(documents.uploads());
        inspection.problems().forEach(problem -> errors.add(new FieldError("documents",
                message("registry.documents." + problem, locale, inspector.maxFiles(),
                        inspector.maxFileBytes() / (1024 * 1024)))));
        if (!documents.redacted()) {
            errors.add(new FieldError("documentsRedacted", message("registry.documents.notRedacted", locale)));
        }
        return inspection.files();
    }

    /** Required free text, at most {@value #MAX_TEXT} characters, that does not seem to identify a person. */
    void text(String field, String value, Locale locale, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(error(field, "required", locale));
        } else if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, message("registry.error.tooLong", locale, MAX_TEXT)));
        } else {
            IdentifierPatternCheck.find(value).ifPresent(kind -> errors.add(new FieldError(field,
                    message("registry.error.identifier", locale, message("registry.identifier." + kind, locale)))));
        }
    }

    static Optional<Instant> parseReceivedAt(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException notAnInstant) {
            try {
                return Optional.of(LocalDateTime.parse(value.strip()).atZone(zone).toInstant());
            } catch (DateTimeParseException notALocalTime) {
                return Optional.empty();
            }
        }
    }

    private <E extends Enum<E>> E choice(String field, String value, Class<E> type, Locale locale,
                                         List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(error(field, "required", locale));
            return null;
        }
        Optional<E> chosen = Choices.named(type, value);
        if (chosen.isEmpty()) {
            errors.add(error(field, "unknown", locale));
        }
        return chosen.orElse(null);
    }

    private FieldError error(String field, String code, Locale locale) {
        return new FieldError(field, message("registry.error." + code, locale,
                message("registry.field." + field, locale)));
    }

    String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }
}
