package org.sanctuaryoversight.app.federalrequest;

import java.util.Locale;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The registry API's own refusals, before the application-wide handler turns anything else into a 500:
 * another department's record is 403, an unknown record 404, a rule the aggregate refuses 400.
 * The aggregate's message is our own wording and quotes no input, so it may be shown.
 */
@RestControllerAdvice(assignableTypes = {FederalRequestStaffApiController.class, PublicRegisterApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryApiErrors {

    private final MessageSource messages;

    RegistryApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(Locale locale) {
        return problem(HttpStatus.FORBIDDEN, messages.getMessage("registry.error.forbidden", null, locale));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, messages.getMessage("registry.error.notFound", null, locale));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> refused(IllegalArgumentException e, Locale locale) {
        String detail = e.getMessage() != null && e.getMessage().startsWith("Rejected: ")
                ? e.getMessage().substring("Rejected: ".length())
                : messages.getMessage("registry.error.refused", null, locale);
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
