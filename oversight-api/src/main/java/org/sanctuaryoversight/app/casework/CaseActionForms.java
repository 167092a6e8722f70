package org.sanctuaryoversight.app.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.complaint.casework.CaseworkModule;
import org.sanctuaryoversight.complaint.casework.CaseworkPolicies.LiaisonAnswersForOwnDepartment;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.RecommendationView;
import org.sanctuaryoversight.complaint.status.ComplaintStatusModule;
import org.sanctuaryoversight.ruling.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every casework page form is handled, in one place: check the input (errors go back next to their fields, in
 * the person's language, with what they typed), send one command, wait until the read models show it, and return to
 * the case page with a confirmation. A rule's refusal is shown as its reason (403 when it is about who acts). Nothing
 * is stored when anything is refused.
 */
@Component
record CaseActionForms(Casework casework, ReadModels readModels, Refusals refusals, MessageSource messages) {

    /** The read models a case page shows: after a casework action, wait for these. */
    static final String[] CASE_PAGE = {CaseworkModule.PROCESSING_GROUP, ComplaintStatusModule.PROCESSING_GROUP};

    /**
     * Runs one action: field errors go back to the form, a refusal goes back as its reason (403 when it is about who
     * acts), success waits until the given read models show it and confirms.
     */
    String act(String caseId, String done, String anchor, Locale locale, RedirectAttributes redirect,
               Map<String, String> draft, Runnable action, String... readModelsToWaitFor) {
        try {
            action.run();
            confirm("casework.done." + done, locale, redirect, readModelsToWaitFor);
        } catch (InvalidRequestException invalid) {
            sendBack(invalid, draft, redirect);
        } catch (Refusal refusal) {
            refused(refusal, locale, redirect);
            redirect.addFlashAttribute("draft", draft);
        }
        return "redirect:/staff/cases/" + caseId + "#" + anchor;
    }

    /** Waits until the read models show what was done, then confirms it with the message {@code confirmationKey}. */
    void confirm(String confirmationKey, Locale locale, RedirectAttributes redirect, String... readModelsToWaitFor) {
        readModels.awaitCaughtUp(readModelsToWaitFor);
        redirect.addFlashAttribute("confirmation", messages.getMessage(confirmationKey, null, locale));
    }

    /** A rule's refusal: 403 when it is about who acts, otherwise its reason shown on the page the form returns to. */
    void refused(Refusal refusal, Locale locale, RedirectAttributes redirect) {
        if (refusal.ruling().forbidden()) {
            throw new AccessDeniedException(refusal.ruling().rule());
        }
        redirect.addFlashAttribute("problem", refusals.reason(refusal.ruling(), locale));
    }

    /** The form's errors, the first per field, and what the person typed, back to the page that shows the form. */
    static void sendBack(InvalidRequestException invalid, Map<String, String> draft, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : invalid.errors()) {
            errors.putIfAbsent(error.field(), error.message());
        }
        redirect.addFlashAttribute("fieldErrors", errors);
        redirect.addFlashAttribute("draft", draft);
    }

    /** A page that shows these forms, first opened: no errors and nothing typed, unless a form was sent back. */
    static void nothingSentBack(Model model) {
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", Map.of());
        }
    }

    /** For each recommendation, the answers its department may give next ({@link LiaisonAnswersForOwnDepartment}). */
    static Map<String, List<String>> nextAnswers(List<RecommendationView> recommendations) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        recommendations.forEach(r -> next.put(r.recommendationId(),
                LiaisonAnswersForOwnDepartment.nextAnswers(r.answer()).stream().map(Enum::name).toList()));
        return next;
    }

    CaseworkInput input(Locale locale) {
        return new CaseworkInput(messages, locale, casework);
    }

    /** What the person typed, by field, to put back into the form if it is refused. */
    static Map<String, String> draft(String... fieldsAndValues) {
        Map<String, String> draft = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            draft.put(fieldsAndValues[i], fieldsAndValues[i + 1] == null ? "" : fieldsAndValues[i + 1]);
        }
        return draft;
    }
}
