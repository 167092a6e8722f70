package org.sanctuaryoversight.app.casework;

import static org.sanctuaryoversight.app.casework.CaseActionForms.draft;

import java.util.Locale;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.complaint.messages.ComplaintMessagesModule;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office writes to the complainant from the case page (the complainant reads and answers on the status page).
 * Goes through {@link CaseActionForms#act}; it waits for the conversation's read model only.
 */
@Controller
@PreAuthorize(CaseworkRoles.OFFICE)
record OfficeMessageFormController(ComplaintMessaging messaging, CaseActionForms forms) {

    @PostMapping("/staff/cases/{caseId}/messages")
    String write(@PathVariable String caseId, @RequestParam(required = false) String text,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        return forms.act(caseId, "messageSent", "messages", locale, redirect, draft("message-text", text), () -> {
            forms.input(locale).text("message-text", text)
                    .check(text == null || text.strip().length() <= ComplaintMessaging.MAX_MESSAGE_CHARS,
                            "message-text", "casework.error.messageTooLong").orThrow();
            messaging.sendFromOffice(caseId, principal.member(), text);
        }, ComplaintMessagesModule.PROCESSING_GROUP);
    }
}
