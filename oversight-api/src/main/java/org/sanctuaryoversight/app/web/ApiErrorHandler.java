package org.sanctuaryoversight.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every failure of a JSON API request into an RFC 9457 problem document with field-level
 * messages in the caller's language ({@code Accept-Language}). Nothing is stored when this answers:
 * validation happens before the command is sent, and the command is all-or-nothing.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0) // before PageErrors, which also matches @RestController (it is meta-annotated with @Controller)
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    private final MessageSource messages;
    private final Refusals refusals;

    ApiErrorHandler(MessageSource messages, Refusals refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    /**
     * A rule refused the action: 403 (who), 409 (the record's state), 400 (the request) or 404 (no such record), with
     * the rule's reason (naming the record the address names, where it does: a publication's period); {@code policy}
     * is the rule's name and {@code reason} the key of its reason, both stable for clients. A form checked as a whole
     * (a complaint) lists every field it refused, each with its reason.
     */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, Locale locale, HttpServletRequest request) {
        Ruling first = refusal.ruling();
        List<FieldError> errors = refusal.rulings().stream().filter(ruling -> ruling.field() != null)
                .map(ruling -> new FieldError(ruling.field(), refusals.reason(ruling, locale))).toList();
        ResponseEntity<ProblemDetail> answer = problem(Refusals.status(first), errors.isEmpty()
                ? refusals.reason(first, locale, Refusals.subject(request))
                : message("api.invalid", locale, errors.size()), errors);
        answer.getBody().setProperty("policy", first.rule());
        answer.getBody().setProperty("reason", first.reasonKey());
        return answer;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e, Locale locale) {
        return badRequest(e.errors(), locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        if (RequestSizeLimitFilter.isTooLarge(e)) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, message("api.tooLarge", locale), List.of());
        }
        Throwable cause = e.getCause();
        FieldError error;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            error = new FieldError(path(unknown), message("api.unknownField", locale));
        } else if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            error = new FieldError(path(format), message("api.unknownValue", locale, format.getValue(), allowed));
        } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            error = new FieldError(path(mismatch), message("api.wrongType", locale));
        } else if (cause instanceof JsonProcessingException) {
            error = new FieldError("body", message("api.malformedJson", locale));
        } else {
            error = new FieldError("body", message("api.bodyRequired", locale));
        }
        return badRequest(List.of(error), locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(Locale locale) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message("api.jsonOnly", locale), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(Locale locale) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, message("api.methodNotAllowed", locale), List.of());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    /** The endpoint's role rule ({@link PreAuthorizeInterceptor}) or a capability refused a signed-in member of staff: 403. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(Locale locale) {
        return problem(HttpStatus.FORBIDDEN, message("api.forbidden", locale), List.of());
    }

    /** A command addressed to a record that does not exist. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownRecord(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, message("api.notFound", locale), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        // Log the type and our own message only: exception messages from lower layers may quote input.
        log.error("Unexpected failure handling an API request: {}", e.getClass().getName());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, message("api.unexpected", locale), List.of());
    }

    private ResponseEntity<ProblemDetail> badRequest(List<FieldError> errors, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, message("api.invalid", locale, errors.size()), errors);
    }

    private static ResponseEntity<ProblemDetail> problem(org.springframework.http.HttpStatusCode status, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(problem);
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }

    /** {@code contact.email}, {@code allegations[0]}: the JSON path of the offending value. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
