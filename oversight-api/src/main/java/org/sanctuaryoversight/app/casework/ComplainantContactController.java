package org.sanctuaryoversight.app.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sanctuaryoversight.app.security.accesslog.IdentityAccess;
import org.sanctuaryoversight.app.security.PersonalDataReader;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.CaseDetails;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
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

/**
 * "Show contact details" on a case page. A POST, never a link: the member of staff says why (a purpose and a note),
 * the complaint records the view in the access log, and only then is the contact decrypted, into this one response,
 * which no browser or proxy may keep ({@code Cache-Control: no-store}). A missing reason is a 400 and records
 * nothing. The decrypted details are never logged.
 */
@Controller
record ComplainantContactController(Casework casework, IdentityAccess identityAccess, MessageSource messages,
                                    Refusals refusals) {

    @PostMapping("/staff/cases/{caseId}/contact")
    @PreAuthorize(CaseworkRoles.OFFICE)
    String show(@PathVariable String caseId, @RequestParam(required = false) String purpose,
                @RequestParam(required = false) String note, @AuthenticationPrincipal StaffPrincipal principal,
                Locale locale, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        CaseDetails details = casework.details(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("summary", details.summary());
        model.addAttribute("purposes", IdentityViewPurpose.values());
        model.addAttribute("purpose", purpose == null ? "" : purpose.strip());
        model.addAttribute("note", note == null ? "" : note);

        ViewReason reason = ViewReason.check(purpose, note, messages, locale);
        IdentityViewPurpose parsed = reason.purpose();
        Map<String, String> errors = reason.errors();
        model.addAttribute("contactErrors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "casework/contact";
        }
        try {
            Optional<ContactDetails> contact = identityAccess.view(caseId, principal.member(), parsed, note);
            model.addAttribute("contact", contact.orElse(null));
            model.addAttribute("removed", contact.isEmpty()
                    ? messages.getMessage(PersonalDataReader.REMOVED_KEY, null, locale) : null);
            model.addAttribute("viewedPurpose", parsed);
            model.addAttribute("viewedPurposeLabel", messages.getMessage("access.purpose." + parsed.name(), null, locale));
        } catch (Refusal refusal) {
            if (refusal.ruling().forbidden()) {
                throw refusal; // the error page says why (PageErrors)
            }
            response.setStatus(Refusals.status(refusal.ruling()).value());
            model.addAttribute("problem", refusals.reason(refusal.ruling(), locale));
        }
        return "casework/contact";
    }
}
