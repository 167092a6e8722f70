package org.sanctuaryoversight.app.federalrequest;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.federalrequest.FederalRequestInput.NewDocuments;
import org.sanctuaryoversight.app.web.UploadedFiles;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.federalrequest.FederalRequestFacts;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.StaffRecord;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting a documented request, {@code /staff/registry/{id}/amendment}: the documentation form, filled with the
 * facts as they stand, a reason, and more documents if needed. The record stays with its department. The earlier
 * version stays in the log; the record page then shows the correction, and the office approves the public summary
 * again before the register changes.
 */
@Controller
@PreAuthorize(StaffRegistryListController.REGISTRY)
record StaffRecordAmendmentController(StaffRecordPage records, RegistryFormPage form,
                                      DocumentingFederalRequests documenting, Refusals refusals,
                                      MessageSource messages, RegistryProperties properties) {

    @GetMapping("/staff/registry/{requestId}/amendment")
    String show(@PathVariable String requestId, @AuthenticationPrincipal StaffPrincipal principal, Locale locale,
                Model model) {
        StaffRecord record = records.readable(requestId, principal.member());
        return render(record, filled(record.facts()), "", List.of(), principal.member(), locale, model);
    }

    @PostMapping("/staff/registry/{requestId}/amendment")
    String amend(@PathVariable String requestId, @ModelAttribute FederalRequestForm posted,
                 @RequestParam(required = false) String reason,
                 @RequestParam(name = "documents", required = false) List<MultipartFile> documents,
                 @RequestParam(name = "documentsRedacted", defaultValue = "false") boolean redacted,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        StaffMember member = principal.member();
        StaffRecord record = records.readable(requestId, member);
        // the record stays with its department, whatever the post says
        FederalRequestForm corrected = new FederalRequestForm(record.facts().department(), posted.receivedAt(),
                posted.agency(), posted.channel(), posted.requestTypes(), posted.legalDocument(), posted.response(),
                posted.description(), posted.justification());
        NewDocuments attached = new NewDocuments(UploadedFiles.of(documents), redacted);
        model.addAttribute("documentsDropped", !attached.uploads().isEmpty());
        try {
            documenting.amend(requestId, corrected, reason, attached, member, locale);
        } catch (InvalidRequestException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(record, corrected, reason, invalid.errors(), member, locale, model);
        } catch (Refusal refusal) {
            response.setStatus(Refusals.status(refusal.ruling()).value());
            return render(record, corrected, reason, List.of(new FieldError("form",
                    refusals.reason(refusal.ruling(), locale))), member, locale, model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("registry.amended", null, locale));
        return "redirect:/staff/registry/" + requestId;
    }

    private String render(StaffRecord record, FederalRequestForm facts, String reason, List<FieldError> errors,
                          StaffMember member, Locale locale, Model model) {
        model.addAttribute("amending", true);
        model.addAttribute("record", record);
        model.addAttribute("reason", reason == null ? "" : reason);
        return form.render(facts, errors, member, record.facts().department(), locale, model);
    }

    /** The form as the facts stand: the time received as a local time in the city's zone, as the form takes it. */
    private FederalRequestForm filled(FederalRequestFacts facts) {
        LocalDateTime received = LocalDateTime.ofInstant(facts.receivedAt(), properties.timeZone())
                .truncatedTo(ChronoUnit.SECONDS);
        return new FederalRequestForm(facts.department(), received.getSecond() == 0
                ? received.truncatedTo(ChronoUnit.MINUTES).toString().substring(0, 16) : received.toString(),
                facts.agency().name(), facts.channel().name(),
                facts.requestTypes().stream().map(Enum::name).toList(), facts.legalDocument().name(),
                facts.response().name(), facts.description(), facts.justification());
    }
}
