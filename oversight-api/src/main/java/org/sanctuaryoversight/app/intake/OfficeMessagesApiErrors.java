package org.sanctuaryoversight.app.intake;

import java.util.Locale;
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
 * A signed-in member of staff without the role gets a 403 that says who may write to complainants. It lives
 * outside the controller because the controller's class-level {@code @PreAuthorize} would also guard an
 * exception handler declared inside it, refusing the refusal.
 */
@RestControllerAdvice(assignableTypes = OfficeMessagesApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OfficeMessagesApiErrors {

    private final MessageSource messages;

    OfficeMessagesApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(Locale locale) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("intake.api.forbidden", null, locale)));
    }
}
