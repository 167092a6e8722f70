package org.sanctuaryoversight.app.federalrequest;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.federalrequest.FederalRequestInput.NewDocuments;
import org.sanctuaryoversight.app.web.UploadedFiles;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.staff.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The liaison's form, {@code /staff/registry/new}: document one federal request, with copies of the papers the agency
 * presented. A liaison's department is fixed to their own; posting another department is refused with 403 and a
 * message next to the field. After documenting, the form is offered again (there is often a next one) with a link to
 * the new record.
 */
@Controller
@PreAuthorize(StaffRegistryListController.REGISTRY)
record StaffRegistryFormController(DocumentingFederalRequests documenting, RegistryFormPage page, Refusals refusals) {

    @GetMapping("/staff/registry/new")
    String form(@AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model) {
        StaffMember member = principal.member();
        return page.render(FederalRequestForm.empty(member.department()), List.of(), member, null, locale, model);
    }

    @PostMapping("/staff/registry")
    String submit(@ModelAttribute FederalRequestForm form,
                  @RequestParam(name = "documents", required = false) List<MultipartFile> documents,
                  @RequestParam(name = "documentsRedacted", defaultValue = "false") boolean redacted,
                  @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model,
                  HttpServletResponse response) {
        StaffMember member = principal.member();
        NewDocuments attached = new NewDocuments(UploadedFiles.of(documents), redacted);
        try {
            model.addAttribute("documented", documenting.document(form, attached, member, locale));
            return page.render(FederalRequestForm.empty(member.department()), List.of(), member, null, locale, model);
        } catch (Refusal refusal) {
            // who may document is the department's rule: its reason goes next to the department
            response.setStatus(Refusals.status(refusal.ruling()).value());
            return page.render(form, List.of(new FieldError(refusal.ruling().forbidden() ? "department" : "form",
                            refusals.reason(refusal.ruling(), locale))), member, null, locale,
                    model.addAttribute("documentsDropped", !attached.uploads().isEmpty()));
        } catch (InvalidRequestException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page.render(form, invalid.errors(), member, null, locale,
                    model.addAttribute("documentsDropped", !attached.uploads().isEmpty()));
        }
    }
}
