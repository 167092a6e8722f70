package org.sanctuaryoversight.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.ruling.Ruling;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

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

    /**
     * The reason, naming what the request is about where the reason does: a publication's reasons say which period
     * ("Period {0} has not ended yet"), the one value of the address ({@code /reports/{period}/publish}, see
     * {@link #subject}). Other reasons are read as written: formatting them would eat their apostrophes.
     */
    public String reason(Ruling ruling, Locale locale, Object subject) {
        String reason = reason(ruling, locale);
        return subject == null || !reason.contains("{0}") ? reason
                : messages.getMessage(ruling.reasonKey(), new Object[] {subject}, ruling.reasonKey(), locale);
    }

    /** The one value of the request's address (a period, a case), or null when it has none or several. */
    public static Object subject(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> values && values.size() == 1 ? values.values().iterator().next() : null;
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
