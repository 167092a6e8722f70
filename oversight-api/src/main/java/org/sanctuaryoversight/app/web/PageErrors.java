package org.sanctuaryoversight.app.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of the HTML pages that are the caller's, not ours: a form posted to a case or record that does
 * not exist answers 404 with the site's own error page (templates/error.html, in the reader's language)
 * instead of a 500; so does a page asked for a record that does not exist ({@link NotFoundException}).
 * Refusals ({@code AccessDeniedException}) are left to Spring Security, which answers 403.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final PageLanguages languages;

    PageErrors(PageLanguages languages) {
        this.languages = languages;
    }

    @ExceptionHandler({AggregateNotFoundException.class, NotFoundException.class})
    ModelAndView unknownRecord(java.util.Locale locale) {
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        // An exception handler's model gets no @ModelAttribute methods: the page's language is added here.
        page.addObject("pageLanguage", languages.pageLanguage(locale));
        return page;
    }
}
