package org.sanctuaryoversight.app.web;

import java.util.Locale;
import org.sanctuaryoversight.ruling.Ruling;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How a refused action reads to a person: the rule's reason in their language (the reasons bundle of
 * {@code oversight-core}), and the HTTP status its kind means. The JSON API ({@link ApiErrorHandler}) and the pages
 * both translate a {@link Ruling} here, and nowhere else.
 */
@Component
public class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(Ruling ruling, Locale locale) {
        return reason(messages, ruling, locale);
    }

    /** The same, for a class that already holds the message source. */
    public static String reason(MessageSource messages, Ruling ruling, Locale locale) {
        return messages.getMessage(ruling.reasonKey(), null, ruling.reasonKey(), locale);
    }

    public static HttpStatus status(Ruling ruling) {
        return switch (ruling.kind()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
    }
}
