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
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.federalrequest.AmendFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.ApproveFederalRequestPublicSummaryCommand;
import org.sanctuaryoversight.federalrequest.DocumentFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.FederalAgency;
import org.sanctuaryoversight.federalrequest.FederalRequestCompliancePolicy;
import org.sanctuaryoversight.federalrequest.FederalRequestFacts;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.IdentifierPatternCheck;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.RequestChannel;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * The registry's use cases for staff: documenting, amending and approving the public version of a
 * federal request. Everything is validated here, in the person's language, before one command is sent;
 * the aggregate re-checks the rules that matter (department binding, the ombudsperson's approval).
 */
class DocumentingFederalRequests {

    static final int MAX_TEXT = 4000;

    private final CommandGateway commands;
    private final DepartmentDirectory departments;
    private final FederalRequestCompliancePolicy policy;
    private final MessageSource messages;
    private final RegistryProperties properties;
    private final Clock clock;

    DocumentingFederalRequests(CommandGateway commands, DepartmentDirectory departments,
                               FederalRequestCompliancePolicy policy, MessageSource messages,
                               RegistryProperties properties, Clock clock) {
        this.commands = commands;
        this.departments = departments;
        this.policy = policy;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** The outcome the liaison is told: the new record's id and whether the office will review it. */
    record Documented(String requestId, boolean flagged) {
    }

    Documented document(FederalRequestForm form, StaffMember member, Locale locale) {
        requireMayDocument(member, form.department());
        FederalRequestFacts facts = validate(form, locale, List.of());
        Instant now = clock.instant();
        String requestId = UUID.randomUUID().toString();
        commands.sendAndWait(new DocumentFederalRequestCommand(requestId, facts, now, member));
        return new Documented(requestId, !policy.evaluate(facts, now).isEmpty());
    }

    void amend(String requestId, FederalRequestForm form, String reason, StaffMember member, Locale locale) {
        requireMayDocument(member, form.department());
        List<FieldError> extra = new ArrayList<>();
        text("reason", reason, true, locale, extra);
        FederalRequestFacts facts = validate(form, locale, extra);
        commands.sendAndWait(new AmendFederalRequestCommand(requestId, facts, reason.strip(), clock.instant(), member));
    }

    void approve(String requestId, String publicSummary, StaffMember member, Locale locale) {
        if (member.role() != StaffRole.OMBUDSPERSON) {
            throw new AccessDeniedException("only the ombudsperson approves public records");
        }
        List<FieldError> errors = new ArrayList<>();
        text("publicSummary", publicSummary, true, locale, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        commands.sendAndWait(new ApproveFederalRequestPublicSummaryCommand(requestId, publicSummary.strip(),
                clock.instant(), member, properties.timeZone()));
    }

    /** A liaison of department A cannot document for department B: refused before anything is validated. */
    private static void requireMayDocument(StaffMember member, String department) {
        boolean office = member.role() == StaffRole.OMBUDSPERSON;
        if (!office && !(member.role() == StaffRole.DEPARTMENT_LIAISON
                && (department == null || department.isBlank() || member.isLiaisonOf(department)))) {
            throw new AccessDeniedException("a liaison documents for their own department only");
        }
    }

    private FederalRequestFacts validate(FederalRequestForm form, Locale locale, List<FieldError> initial) {
        List<FieldError> errors = new ArrayList<>(initial);
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
        text("description", form.description(), true, locale, errors);
        text("justification", form.justification(), true, locale, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new FederalRequestFacts(form.department(), receivedAt, agency, channel, types, document, response,
                form.description().strip(), form.justification().strip());
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

    private void text(String field, String value, boolean required, Locale locale, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(error(field, "required", locale));
            }
            return;
        }
        if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, message("registry.error.tooLong", locale, MAX_TEXT)));
            return;
        }
        IdentifierPatternCheck.find(value).ifPresent(kind -> errors.add(new FieldError(field,
                message("registry.error.identifier", locale, message("registry.identifier." + kind, locale)))));
    }

    private <E extends Enum<E>> E choice(String field, String value, Class<E> type, Locale locale,
                                         List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(error(field, "required", locale));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            errors.add(error(field, "unknown", locale));
            return null;
        }
    }

    private FieldError error(String field, String code, Locale locale) {
        return new FieldError(field, message("registry.error." + code, locale,
                message("registry.field." + field, locale)));
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }
}
