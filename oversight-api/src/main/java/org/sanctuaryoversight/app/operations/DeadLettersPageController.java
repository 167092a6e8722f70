package org.sanctuaryoversight.app.operations;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's dead-letters page: the events a projection failed to process, why, how often it was tried and
 * when it will be tried again; a button to retry a stuck sequence now (after fixing the cause) and one to evict a
 * single event (the projection then lacks it until it is rebuilt).
 */
@Controller
@PreAuthorize(DeadLettersPageController.ADMIN)
record DeadLettersPageController(DeadLetters deadLetters, MessageSource messages) {

    static final String ADMIN = "hasRole('ADMIN')";
    static final String PAGE = "/staff/operations/dead-letters";

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("groups", deadLetters.groups());
        return "operations/dead-letters";
    }

    @PostMapping(PAGE + "/retry")
    String retry(@RequestParam(required = false) String group, @RequestParam(required = false) String message,
                 Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (group == null || message == null) {
            return refused(model, response, locale);
        }
        boolean processed = deadLetters.retry(group, message);
        redirect.addFlashAttribute(processed ? "confirmation" : "problem", messages.getMessage(
                processed ? "operations.deadLetters.retried" : "operations.deadLetters.stillFailing", null, locale));
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/evict")
    String evict(@RequestParam(required = false) String group, @RequestParam(required = false) String message,
                 Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (group == null || message == null || !deadLetters.evict(group, message)) {
            return refused(model, response, locale);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("operations.deadLetters.evicted", null, locale));
        return "redirect:" + PAGE;
    }

    private String refused(Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", messages.getMessage("operations.deadLetters.unknown", null, locale));
        return page(model);
    }
}
