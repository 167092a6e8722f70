package org.sanctuaryoversight.app.casework;

import java.util.Locale;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.sanctuaryoversight.complaint.casework.CaseRuling.CaseworkRejectedException;
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
 * Casework answers for the staff API, before the general API advice: a broken casework policy is 403 when it is
 * about who acts and 409 when it is about the state of the case, with the policy's name and reason; method
 * security's refusal stays a 403; an unknown case is a 404.
 */
@RestControllerAdvice(assignableTypes = CaseworkApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseworkApiErrors {

    private final MessageSource messages;

    CaseworkApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CaseworkRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(CaseworkRejectedException e, Locale locale) {
        HttpStatus status = e.ruling().forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("casework.error.rejected", new Object[] {e.ruling().reason()}, locale));
        problem.setProperty("policy", e.ruling().policy());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(Locale locale) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("casework.error.forbidden", null, locale)));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownCase(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("casework.error.notFound", null, locale)));
    }
}
