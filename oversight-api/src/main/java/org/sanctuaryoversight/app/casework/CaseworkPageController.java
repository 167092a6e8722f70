package org.sanctuaryoversight.app.casework;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sanctuaryoversight.app.security.IdentityAccess;
import org.sanctuaryoversight.app.security.StaffPrincipal;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.complaint.casework.CaseRuling.CaseworkRejectedException;
import org.sanctuaryoversight.complaint.casework.CaseStage;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.complaint.casework.InvestigativeStepKind;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.complaint.identity.IdentityDisclosurePolicies.OnlyCaseWorkersSeeWhoComplained;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.sanctuaryoversight.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
 * Staff pages of casework: the case list (filters, pagination), the case page (its timeline rendered from the
 * events, and the forms that act on it), and the department inbox where a liaison sees and answers only their own
 * department's referrals. Plain HTML forms: everything works without JavaScript.
 */
@Controller
class CaseworkPageController {

    private final Casework casework;
    private final MessageSource messages;
    private final CaseworkProperties properties;
    private final IdentityAccess identityAccess;

    CaseworkPageController(Casework casework, MessageSource messages, CaseworkProperties properties,
                           IdentityAccess identityAccess) {
        this.casework = casework;
        this.messages = messages;
        this.properties = properties;
        this.identityAccess = identityAccess;
    }

    @GetMapping("/staff/cases")
    @PreAuthorize(CaseworkApiController.READERS)
    String list(@RequestParam(required = false) String stage, @RequestParam(required = false) String department,
                @RequestParam(required = false) String assignee, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(defaultValue = "1") int page, Model model) {
        CaseStage stageFilter = parse(CaseStage.class, stage);
        String departmentFilter = blankToNull(department);
        String assigneeFilter = blankToNull(assignee);
        int pageNumber = Math.max(1, page);
        CaseListPage cases = casework.cases(new CaseFilter(stageFilter, departmentFilter, assigneeFilter, overdue),
                pageNumber - 1, properties.pageSize());
        model.addAttribute("cases", cases);
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("departments", casework.departments().all());
        model.addAttribute("stage", stageFilter == null ? "" : stageFilter.name());
        model.addAttribute("department", departmentFilter == null ? "" : departmentFilter);
        model.addAttribute("assignee", assigneeFilter == null ? "" : assigneeFilter);
        model.addAttribute("overdue", overdue);
        model.addAttribute("page", pageNumber);
        return "casework/cases";
    }

    @GetMapping("/staff/cases/{caseId}")
    @PreAuthorize(CaseworkApiController.READERS)
    String show(@PathVariable String caseId, @AuthenticationPrincipal StaffPrincipal principal, Model model,
                Locale locale) {
        CaseDetails details = casework.details(caseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean mayRead = CaseworkApiController.mayReadSealed(principal.member());
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        if (mayRead) {
            details.timeline().forEach(entry -> {
                Map<String, String> opened = new LinkedHashMap<>();
                entry.sealed().forEach((name, value) -> opened.put(name,
                        casework.open(value).orElse(messages.getMessage("casework.timeline.shredded", null,
                                Locale.ENGLISH))));
                texts.put(String.valueOf(entry.sequence()), opened);
            });
        }
        model.addAttribute("attachmentNames", attachmentNames(details, principal.member(), locale));
        model.addAttribute("mayOpenFiles", mayOpenFiles(principal.member(), details.summary()));
        model.addAttribute("details", details);
        model.addAttribute("summary", details.summary());
        model.addAttribute("texts", texts);
        model.addAttribute("mayAct", mayRead);
        model.addAttribute("decisions", TriageDecision.values());
        model.addAttribute("stepKinds", InvestigativeStepKind.values());
        model.addAttribute("findings", Finding.values());
        model.addAttribute("departments", casework.departments().all());
        model.addAttribute("defaultDueDate", casework.defaultReferralDueDate());
        // the "Contact details" section: whether there is anything to show, never the details (see ComplainantContactController)
        model.addAttribute("identity", details.summary().reviewCase() ? null
                : identityAccess.subject(caseId).orElse(null));
        model.addAttribute("mayRevealContact", IdentityAccess.mayView(principal.member()));
        model.addAttribute("purposes", IdentityViewPurpose.values());
        return "casework/case";
    }

    /**
     * Opens one file of the complaint for the member of staff who says why: the complaint records the view in the
     * access log (a purpose and a note, as for contact details), and only then is the file decrypted, straight into
     * this download ({@code Content-Disposition: attachment}, {@code no-store}). A missing reason is a 400 with the
     * form again and records nothing; 410 once the complaint's personal data was shredded.
     */
    @PostMapping("/staff/cases/{caseId}/attachments")
    @PreAuthorize(CaseworkApiController.OFFICE)
    String openAttachment(@PathVariable String caseId, @RequestParam(required = false) String attachmentId,
                          @RequestParam(required = false) String purpose, @RequestParam(required = false) String note,
                          @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model,
                          HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        CaseDetails details = casework.details(caseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!mayOpenFiles(principal.member(), details.summary())) {
            throw new AccessDeniedException("Only the ombudsperson or the case's investigator may open its files.");
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
            } catch (CaseworkRejectedException rejected) {
                if (rejected.ruling().forbidden()) {
                    throw new AccessDeniedException(rejected.ruling().reason());
                }
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("problem", messages.getMessage("casework.error.rejected",
                        new Object[] {rejected.ruling().reason()}, locale));
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("details", details);
        model.addAttribute("summary", details.summary());
        model.addAttribute("attachmentNames", attachmentNames(details, principal.member(), locale));
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
                .orElse("attachment-" + (details.attachments().indexOf(attachment) + 1) + "." + attachment.type().extension());
        response.setContentType(attachment.type().mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** The person's own file names for those who may open the files; "File 1", "File 2"… for everyone else. */
    private Map<String, String> attachmentNames(CaseDetails details, StaffMember member, Locale locale) {
        boolean mayOpen = mayOpenFiles(member, details.summary());
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < details.attachments().size(); i++) {
            AttachmentView attachment = details.attachments().get(i);
            String name = mayOpen && attachment.fileName() != null ? casework.open(attachment.fileName()).orElse(null) : null;
            names.put(attachment.attachmentId(), name != null ? name
                    : messages.getMessage("casework.case.attachment", new Object[] {i + 1}, locale));
        }
        return names;
    }

    /**
     * The files a complainant sent follow the rule for their contact details, read here from the case list to decide
     * what the page offers; the complaint applies the same policy when the file is opened.
     */
    static boolean mayOpenFiles(StaffMember member, CaseSummary summary) {
        return OnlyCaseWorkersSeeWhoComplained.check(member, summary.assigneeId()).allowed();
    }

    // ---- acting on a case from its page (POST, redirect, GET)

    @PostMapping("/staff/cases/{caseId}/acknowledgement")
    @PreAuthorize(CaseworkApiController.OFFICE)
    String acknowledge(@PathVariable String caseId, @AuthenticationPrincipal StaffPrincipal principal,
                       Locale locale, RedirectAttributes redirect) {
        return act(caseId, locale, redirect, () -> casework.acknowledge(caseId, principal.member()));
    }

    @PostMapping("/staff/cases/{caseId}/triage")
    @PreAuthorize(CaseworkApiController.OFFICE)
    String triage(@PathVariable String caseId, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String referredAgency, @RequestParam(required = false) String duplicateOf,
                  @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        TriageDecision parsed = parse(TriageDecision.class, decision);
        return act(caseId, locale, redirect, () -> {
            input(locale).required("decision", parsed).orThrow();
            casework.triage(caseId, principal.member(), parsed, referredAgency, duplicateOf);
        });
    }

    @PostMapping("/staff/cases/{caseId}/steps")
    @PreAuthorize(CaseworkApiController.OFFICE)
    String step(@PathVariable String caseId, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String notes, @AuthenticationPrincipal StaffPrincipal principal,
                Locale locale, RedirectAttributes redirect) {
        InvestigativeStepKind parsed = parse(InvestigativeStepKind.class, kind);
        return act(caseId, locale, redirect, () -> {
            input(locale).required("kind", parsed).text("notes", notes).orThrow();
            casework.recordStep(caseId, principal.member(), parsed, notes);
        });
    }

    @PostMapping("/staff/cases/{caseId}/closure")
    @PreAuthorize(CaseworkApiController.OFFICE)
    String close(@PathVariable String caseId, @RequestParam(required = false) String publicSummary,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        return act(caseId, locale, redirect, () -> {
            input(locale).text("publicSummary", publicSummary).orThrow();
            casework.close(caseId, principal.member(), publicSummary);
        });
    }

    // ---- the department inbox

    @GetMapping("/staff/department/referrals")
    @PreAuthorize("hasRole('DEPARTMENT_LIAISON')")
    String inbox(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        model.addAttribute("referrals", casework.inbox(principal.member().department(), false));
        model.addAttribute("department", casework.departments().all().stream()
                .filter(d -> d.code().equals(principal.member().department())).findFirst().orElse(null));
        model.addAttribute("departmentCode", principal.member().department());
        return "casework/inbox";
    }

    @GetMapping("/staff/department/referrals/{caseId}/{referralId}")
    @PreAuthorize("hasRole('DEPARTMENT_LIAISON')")
    String referral(@PathVariable String caseId, @PathVariable String referralId,
                    @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        ReferralView referral = ownReferral(caseId, referralId, principal.member());
        model.addAttribute("referral", referral);
        model.addAttribute("questions", casework.open(referral.questions()).orElse(""));
        model.addAttribute("response", casework.open(referral.response()).orElse(null));
        return "casework/referral";
    }

    @PostMapping("/staff/department/referrals/{caseId}/{referralId}")
    @PreAuthorize("hasRole('DEPARTMENT_LIAISON')")
    String respond(@PathVariable String caseId, @PathVariable String referralId,
                   @RequestParam(required = false) String response, @AuthenticationPrincipal StaffPrincipal principal,
                   Locale locale, Model model, RedirectAttributes redirect) {
        ReferralView referral = ownReferral(caseId, referralId, principal.member());
        List<org.sanctuaryoversight.app.web.FieldError> errors = input(locale).text("response", response).errors();
        if (!errors.isEmpty()) {
            model.addAttribute("referral", referral);
            model.addAttribute("questions", casework.open(referral.questions()).orElse(""));
            model.addAttribute("errors", errors);
            model.addAttribute("draft", response);
            return "casework/referral";
        }
        try {
            casework.respond(caseId, referralId, principal.member(), response);
            redirect.addFlashAttribute("confirmation", messages.getMessage("casework.referral.answered", null, locale));
        } catch (CaseworkRejectedException rejected) {
            redirect.addFlashAttribute("problem", messages.getMessage("casework.error.rejected",
                    new Object[] {rejected.ruling().reason()}, locale));
        }
        return "redirect:/staff/department/referrals";
    }

    // ---- helpers

    private ReferralView ownReferral(String caseId, String referralId, StaffMember liaison) {
        return casework.details(caseId).stream().flatMap(d -> d.referrals().stream())
                .filter(r -> r.referralId().equals(referralId) && liaison.isLiaisonOf(r.department()))
                .findFirst().orElseThrow(() -> new AccessDeniedException("not this liaison's department"));
    }

    private String act(String caseId, Locale locale, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("confirmation", messages.getMessage("casework.action.done", null, locale));
        } catch (InvalidRequestException invalid) {
            redirect.addFlashAttribute("errors", invalid.errors());
        } catch (CaseworkRejectedException rejected) {
            if (rejected.ruling().forbidden()) {
                throw new AccessDeniedException(rejected.ruling().reason());
            }
            redirect.addFlashAttribute("problem", messages.getMessage("casework.error.rejected",
                    new Object[] {rejected.ruling().reason()}, locale));
        }
        return "redirect:/staff/cases/" + caseId;
    }

    private CaseworkInput input(Locale locale) {
        return new CaseworkInput(messages, locale, casework);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
