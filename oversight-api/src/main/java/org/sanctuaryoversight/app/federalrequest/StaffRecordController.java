package org.sanctuaryoversight.app.federalrequest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.Choices;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.federalrequest.DocumentPurpose;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.EveryOpeningHasAReason;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.StaffRecord;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One documented request, {@code /staff/registry/{id}}, in words (see {@link StaffRecordPage}), and its two forms: the
 * ombudsperson approves (or edits, then approves) the public summary; the department's liaison or the ombudsperson
 * opens a document, a POST with a purpose and a note that is recorded on the request before the document is
 * decrypted ({@code Content-Disposition: attachment}, {@code no-store}). A missing reason is a 400 with the page
 * again and records nothing.
 */
@Controller
@PreAuthorize(StaffRegistryListController.REGISTRY)
record StaffRecordController(StaffRecordPage page, DocumentingFederalRequests documenting, Refusals refusals,
                             MessageSource messages) {

    @GetMapping("/staff/registry/{requestId}")
    String show(@PathVariable String requestId, @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return page.render(page.readable(requestId, principal.member()), principal.member(), model);
    }

    @PostMapping("/staff/registry/{requestId}/public-summary")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String approve(@PathVariable String requestId, @RequestParam(required = false) String publicSummary,
                   @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        StaffRecord record = page.readable(requestId, principal.member());
        try {
            documenting.approve(requestId, publicSummary, principal.member(), locale);
        } catch (InvalidRequestException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("summaryErrors", byField(invalid));
            model.addAttribute("summaryDraft", publicSummary == null ? "" : publicSummary);
            return page.render(record, principal.member(), model);
        } catch (Refusal refusal) {
            response.setStatus(Refusals.status(refusal.ruling()).value());
            model.addAttribute("summaryErrors", Map.of("publicSummary", refusals.reason(refusal.ruling(), locale)));
            model.addAttribute("summaryDraft", publicSummary == null ? "" : publicSummary);
            return page.render(record, principal.member(), model);
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("registry.approved", null, locale));
        return "redirect:/staff/registry/" + requestId;
    }

    @PostMapping("/staff/registry/{requestId}/documents")
    String open(@PathVariable String requestId, @RequestParam(required = false) String documentId,
                @RequestParam(required = false) String purpose, @RequestParam(required = false) String note,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model,
                HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        StaffRecord record = page.readable(requestId, principal.member());
        Optional<AttachmentReference> document = documentId == null ? Optional.empty() : record.document(documentId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (document.isEmpty()) {
            errors.put("documentId", messages.getMessage("rule.OnlyDocumentsOfThisRequest", null, locale));
        }
        DocumentPurpose chosen = purpose(purpose);
        Ruling reason = EveryOpeningHasAReason.check(chosen, note);
        if (!reason.allowed()) {
            errors.put(reason.reasonKey().endsWith(".purpose") ? "purpose" : "note", refusals.reason(reason, locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("documentErrors", errors);
            model.addAttribute("chosenDocument", documentId);
            model.addAttribute("documentPurpose", purpose == null ? "" : purpose.strip());
            model.addAttribute("documentNote", note == null ? "" : note);
            return page.render(record, principal.member(), model);
        }
        // a refusal of the opening answers with the error page and the rule's reason (PageErrors)
        DocumentingFederalRequests.OpenedDocument opened = documenting.open(record, document.get(), chosen, note,
                principal.member()).orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE));
        response.setContentType(opened.reference().type().mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(opened.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setContentLength(opened.content().length);
        response.getOutputStream().write(opened.content());
        return null; // the document itself is the answer
    }

    private static DocumentPurpose purpose(String value) {
        return Choices.named(DocumentPurpose.class, value).orElse(null);
    }

    private static Map<String, String> byField(InvalidRequestException invalid) {
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.errors().forEach(error -> errors.merge(error.field(), error.message(), (a, b) -> a + " " + b));
        return errors;
    }
}
