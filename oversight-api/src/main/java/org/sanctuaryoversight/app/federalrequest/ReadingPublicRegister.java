package org.sanctuaryoversight.app.federalrequest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.app.web.Choices;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.FindPublicRegisterQuery;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.PublicRegisterEntry;
import org.sanctuaryoversight.federalrequest.PublicRegisterPage;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindPublicAuditImportsQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.PublicAuditImport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Reads the public register for the page and the downloads; turns filter text into a query, or a 400. */
@Component
record ReadingPublicRegister(QueryGateway queries, DepartmentDirectory departments, MessageSource messages,
                             RegistryProperties properties) {

    record Filters(String department, RequestType type, LegalDocument document, FederalRequestResponse response,
                   String month) {
    }

    Filters filters(String department, String type, String document, String response, String month, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        String dept = blank(department) ? null : department.strip();
        if (dept != null && !departments.exists(dept)) {
            errors.add(error("department", locale));
        }
        RequestType requestType = parse("type", type, RequestType.class, locale, errors);
        LegalDocument legalDocument = parse("document", document, LegalDocument.class, locale, errors);
        FederalRequestResponse answer = parse("response", response, FederalRequestResponse.class, locale, errors);
        String receivedMonth = null;
        if (!blank(month)) {
            try {
                receivedMonth = YearMonth.parse(month.strip()).toString();
            } catch (DateTimeParseException invalid) {
                errors.add(error("month", locale));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new Filters(dept, requestType, legalDocument, answer, receivedMonth);
    }

    PublicRegisterPage page(Filters filters, int page) {
        return query(filters, Math.max(page, 0), properties.pageSize());
    }

    List<PublicRegisterEntry> all(Filters filters) {
        return query(filters, 0, 0).entries();
    }

    /** The license-plate reader logs the office audited: counts only, never a search (surveillance capability). */
    List<PublicAuditImport> auditedLogs() {
        return queries.query(new FindPublicAuditImportsQuery(), ResponseTypes.multipleInstancesOf(PublicAuditImport.class))
                .join();
    }

    private PublicRegisterPage query(Filters filters, int page, int size) {
        return queries.query(new FindPublicRegisterQuery(filters.department(), filters.type(), filters.document(),
                filters.response(), filters.month(), page, size), ResponseTypes.instanceOf(PublicRegisterPage.class))
                .join();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private <E extends Enum<E>> E parse(String field, String value, Class<E> type, Locale locale,
                                        List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        Optional<E> chosen = Choices.named(type, value);
        if (chosen.isEmpty()) {
            errors.add(error(field, locale));
        }
        return chosen.orElse(null);
    }

    private FieldError error(String field, Locale locale) {
        return new FieldError(field, messages.getMessage("registry.filter.invalid." + field, null, locale));
    }
}
