package org.sanctuaryoversight.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.sanctuaryoversight.ruling.Refusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of the HTML pages that are the caller's, not ours, answered with the site's own error page
 * (templates/error.html, in the reader's language) instead of a 500:
 * <ul>
 *   <li>a form posted to a case or record that does not exist, or a page asked for one ({@link NotFoundException}):
 *   404;</li>
 *   <li>a rule refused what the page asked for ({@link Refusal}): the status its kind means (403, 409, 400, 404) and
 *   the rule's reason, said once here for every page. A form that shows the reason beside what the person typed
 *   catches the refusal itself and renders again, so nothing typed is lost.</li>
 * </ul>
 * Spring Security's own refusals ({@code AccessDeniedException}) are left to it, which answers 403.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
record PageErrors(PageLanguages languages, Refusals refusals) {

    @ExceptionHandler({AggregateNotFoundException.class, NotFoundException.class})
    ModelAndView unknownRecord(Locale locale, HttpServletRequest request) {
        return errorPage(HttpStatus.NOT_FOUND, locale, request);
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, Locale locale, HttpServletRequest request) {
        ModelAndView page = errorPage(Refusals.status(refusal.ruling()), locale, request);
        page.addObject("reason", refusals.reason(refusal.ruling(), locale, Refusals.subject(request)));
        return page;
    }

    private ModelAndView errorPage(HttpStatus status, Locale locale, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("staffPage", ErrorResponses.isStaffPage(request, request.getRequestURI()));
        // An exception handler's model gets no @ModelAttribute methods: the page's language is added here.
        page.addObject("pageLanguage", languages.pageLanguage(locale));
        return page;
    }
}
