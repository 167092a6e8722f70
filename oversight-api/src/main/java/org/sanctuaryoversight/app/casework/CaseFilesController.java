package org.sanctuaryoversight.app.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sanctuaryoversight.app.security.accesslog.IdentityAccess;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.sanctuaryoversight.ruling.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Opening a file the complainant sent. Opening is a POST with a purpose and a note: the complaint records the view in
 * the access log first, and only then is the file decrypted, straight into this download
 * ({@code Content-Disposition: attachment}, {@code no-store}). A missing reason is a 400 with the form again and
 * records nothing; 410 once the complaint's personal data was shredded.
 */
@Controller
record CaseFilesController(Casework casework, IdentityAccess identityAccess, Refusals refusals, MessageSource messages) {

    @PostMapping("/staff/cases/{caseId}/attachments")
    @PreAuthorize(CaseworkRoles.OFFICE)
    String openAttachment(@PathVariable String caseId, @RequestParam(required = false) String attachmentId,
                          @RequestParam(required = false) String purpose, @RequestParam(required = false) String note,
                          @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model,
                          HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        CaseDetails details = casework.details(caseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean mayOpen = CaseReading.mayRead(principal.member(), details.summary());
        if (!mayOpen) {
            throw new AccessDeniedException("Only the people who work the case open its files.");
        }
        Optional<AttachmentView> attachment = attachmentId == null ? Optional.empty() : details.attachment(attachmentId);
        ViewReason reason = ViewReason.check(purpose, note, messages, locale);
        Map<String, String> errors = new LinkedHashMap<>();
        if (attachment.isEmpty()) {
            errors.put("attachmentId", messages.getMessage("casework.file.error.attachment", null, locale));
        }
        errors.putAll(reason.errors());
        if (errors.isEmpty()) {
            try {
                identityAccess.openFile(caseId, attachmentId, principal.member(), reason.purpose(), note);
                download(caseId, details, attachment.get(), response);
                return null; // the file itself is the answer
            } catch (Refusal refusal) {
                if (refusal.ruling().forbidden()) {
                    throw refusal; // the error page says why (PageErrors)
                }
                response.setStatus(Refusals.status(refusal.ruling()).value());
                model.addAttribute("problem", refusals.reason(refusal.ruling(), locale));
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("details", details);
        model.addAttribute("summary", details.summary());
        model.addAttribute("attachmentNames", attachmentNames(casework, details, true, messages, locale));
        model.addAttribute("purposes", IdentityViewPurpose.values());
        model.addAttribute("fileErrors", errors);
        model.addAttribute("chosenAttachment", attachmentId);
        model.addAttribute("filePurpose", purpose == null ? "" : purpose.strip());
        model.addAttribute("fileNote", note == null ? "" : note);
        return "casework/attachment";
    }

    private void download(String caseId, CaseDetails details, AttachmentView attachment, HttpServletResponse response)
            throws IOException {
        byte[] content = casework.openAttachment(caseId, attachment)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE));
        String name = casework.open(attachment.fileName())
                .orElse(fallbackName(details.attachments().indexOf(attachment)) + "." + attachment.type().extension());
        response.setContentType(attachment.type().mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static String fallbackName(int index) {
        return "file-" + (index + 1);
    }

    /**
     * The person's own file names when the case's material is open to this reader; "File 1", "File 2"… otherwise (a
     * file name can name the complainant).
     */
    static Map<String, String> attachmentNames(Casework casework, CaseDetails details, boolean showNames,
                                               MessageSource messages, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < details.attachments().size(); i++) {
            AttachmentView attachment = details.attachments().get(i);
            String name = showNames && attachment.fileName() != null ? casework.open(attachment.fileName()).orElse(null)
                    : null;
            names.put(attachment.attachmentId(), name != null ? name
                    : messages.getMessage("casework.case.attachment", new Object[] {i + 1}, locale));
        }
        return names;
    }
}
