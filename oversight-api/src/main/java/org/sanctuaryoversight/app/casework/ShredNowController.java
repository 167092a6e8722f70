package org.sanctuaryoversight.app.casework;

import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.CaseDetails;
import org.sanctuaryoversight.privacy.FreeTextNamesNoOne;
import org.sanctuaryoversight.privacy.PersonalDataModule;
import org.sanctuaryoversight.privacy.ShredPersonalDataCommand;
import org.sanctuaryoversight.ruling.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Shred now": the ombudsperson destroys a complaint's personal data before its retention ends, when the
 * complainant asks for it or in an emergency (a subpoena is expected, a device was lost). Two steps: the form on the
 * case page (why, in words that name no one) leads to a confirmation page that says what will be gone for good; only
 * its button shreds. The {@code PersonalDataShreddedEvent} records who asked, when and why (the audit), and the data
 * key is destroyed, in the embedded mode erased from the database file too. A legal hold refuses it.
 */
@Controller
@PreAuthorize("hasRole('OMBUDSPERSON')")
record ShredNowController(Casework casework, CommandGateway commands, CaseActionForms forms, MessageSource messages) {

    /** Why personal data is shredded before its time; the event's reason starts with it. */
    enum Ground { COMPLAINANT_REQUEST, EMERGENCY }

    /** The confirmation page: nothing is changed yet. A missing or identifying reason goes back to the case page. */
    @PostMapping("/staff/cases/{caseId}/shredding/confirmation")
    String confirm(@PathVariable String caseId, @RequestParam(required = false) String ground,
                   @RequestParam(required = false) String reason, Model model, Locale locale,
                   RedirectAttributes redirect) {
        CaseDetails details = shreddable(caseId);
        try {
            Ground parsed = check(ground, reason, locale);
            model.addAttribute("summary", details.summary());
            model.addAttribute("ground", parsed.name());
            model.addAttribute("reason", reason.strip());
            return "casework/shred-confirm";
        } catch (InvalidRequestException invalid) {
            return backWithErrors(caseId, invalid, ground, reason, redirect);
        }
    }

    @PostMapping("/staff/cases/{caseId}/shredding")
    String shred(@PathVariable String caseId, @RequestParam(required = false) String ground,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) String confirm,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        shreddable(caseId);
        try {
            Ground parsed = check(ground, reason, locale);
            if (!"yes".equals(confirm)) {
                throw new InvalidRequestException(java.util.List.of(new FieldError("shred-reason",
                        messages.getMessage("casework.shred.error.confirm", null, locale))));
            }
            commands.sendAndWait(new ShredPersonalDataCommand(caseId, parsed.name() + ": " + reason.strip(),
                    principal.member().userId()));
            forms.confirm("casework.done.shredded", locale, redirect, PersonalDataModule.SHREDDER_PROCESSING_GROUP);
        } catch (InvalidRequestException invalid) {
            return backWithErrors(caseId, invalid, ground, reason, redirect);
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", Refusals.reason(messages, refused.ruling(), locale));
        }
        return "redirect:/staff/cases/" + caseId + "#shred";
    }

    private CaseDetails shreddable(String caseId) {
        CaseDetails details = casework.details(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (details.summary().reviewCase() || !casework.holdsPersonalData(caseId)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "no personal data to shred");
        }
        return details;
    }

    private Ground check(String ground, String reason, Locale locale) {
        Ground parsed = null;
        for (Ground candidate : Ground.values()) {
            if (candidate.name().equals(ground)) {
                parsed = candidate;
            }
        }
        CaseworkInput input = forms.input(locale)
                .check(parsed != null, "shred-ground", "casework.shred.error.ground")
                .text("shred-reason", reason);
        if (reason != null && !reason.isBlank()) {
            input.check(FreeTextNamesNoOne.check("shredReason", reason).allowed(), "shred-reason",
                    "casework.shred.error.identifier");
        }
        input.orThrow();
        return parsed;
    }

    private static String backWithErrors(String caseId, InvalidRequestException invalid, String ground, String reason,
                                         RedirectAttributes redirect) {
        CaseActionForms.sendBack(invalid, CaseActionForms.draft("shred-ground", ground, "shred-reason", reason), redirect);
        return "redirect:/staff/cases/" + caseId + "#shred";
    }
}
