package org.sanctuaryoversight.app.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.sanctuaryoversight.app.web.UploadedFiles;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.Inspection;
import org.springframework.web.multipart.MultipartFile;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.security.StaffPrincipal;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.complaint.casework.CaseworkModule;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.complaint.casework.InvestigativeStepKind;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.messages.ComplaintMessagesModule;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.complaint.status.ComplaintStatusModule;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every casework transition as a page form: check the input (errors go back next to their fields, in the person's
 * language, with what they typed), send one command, wait until the read models show it, and return to the case page
 * with a confirmation. A rule's refusal is shown as its reason (403 when it is about who acts). Nothing is stored when
 * anything is refused. The case page offers each form only when the rules allow it ({@code CaseActions}).
 */
@Controller
@PreAuthorize(CaseworkApiController.OFFICE)
class CaseActionsController {

    /** The read models a case page shows: after a casework action, wait for these. */
    private static final String[] CASE_PAGE = {CaseworkModule.PROCESSING_GROUP, ComplaintStatusModule.PROCESSING_GROUP};

    private final Casework casework;
    private final ComplaintMessaging messaging;
    private final StaffAccounts accounts;
    private final ReadModels readModels;
    private final Refusals refusals;
    private final MessageSource messages;

    CaseActionsController(Casework casework, ComplaintMessaging messaging, StaffAccounts accounts,
                          ReadModels readModels, Refusals refusals, MessageSource messages) {
        this.casework = casework;
        this.messaging = messaging;
        this.accounts = accounts;
        this.readModels = readModels;
        this.refusals = refusals;
        this.messages = messages;
    }

    /**
     * The office opens a review on its own initiative (a pattern in the news, a department's practice): a case without
     * a complainant, worked like any other. It lands on the new case's page.
     */
    @PostMapping("/staff/cases/reviews")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String openReview(@RequestParam(required = false) String department, @RequestParam(required = false) String reason,
                      @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        try {
            input(locale).department("review-department", department).text("review-reason", reason).orThrow();
        } catch (InvalidRequestException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.errors().forEach(error -> errors.putIfAbsent(error.field(), error.message()));
            redirect.addFlashAttribute("fieldErrors", errors);
            redirect.addFlashAttribute("draft", draft("review-department", department, "review-reason", reason));
            return "redirect:/staff/cases#open-review";
        }
        String caseId = casework.openReview(principal.member(), department.strip(), "OFFICE_INITIATIVE", reason.strip(),
                null);
        readModels.awaitCaughtUp(CASE_PAGE);
        redirect.addFlashAttribute("confirmation", messages.getMessage("casework.done.reviewOpened", null, locale));
        return "redirect:/staff/cases/" + caseId;
    }

    @PostMapping("/staff/cases/{caseId}/acknowledgement")
    String acknowledge(@PathVariable String caseId, @AuthenticationPrincipal StaffPrincipal principal, Locale locale,
                       RedirectAttributes redirect) {
        return act(caseId, "acknowledged", "act", locale, redirect, Map.of(),
                () -> casework.acknowledge(caseId, principal.member()), CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/triage")
    String triage(@PathVariable String caseId, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String referredAgency, @RequestParam(required = false) String duplicateOf,
                  @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        TriageDecision parsed = parse(TriageDecision.class, decision);
        return act(caseId, "triaged", "triage", locale, redirect,
                draft("triage-decision", decision, "triage-referredAgency", referredAgency, "triage-duplicateOf", duplicateOf),
                () -> {
                    input(locale).required("triage-decision", parsed)
                            .check(parsed != TriageDecision.REFER_TO_OTHER_AGENCY || !blank(referredAgency),
                                    "triage-referredAgency", "casework.error.agency")
                            .check(parsed != TriageDecision.DUPLICATE || !blank(duplicateOf), "triage-duplicateOf",
                                    "casework.error.duplicateOf")
                            .orThrow();
                    casework.triage(caseId, principal.member(), parsed, referredAgency, duplicateOf);
                }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/investigator")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String assign(@PathVariable String caseId, @RequestParam(required = false) String investigator,
                  @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        return act(caseId, "assigned", "assign", locale, redirect, draft("assign-investigator", investigator), () -> {
            StaffMember chosen = blank(investigator) ? null : accounts.find(investigator.strip())
                    .filter(account -> !account.disabled())
                    .map(account -> account.member())
                    .orElse(null);
            input(locale).check(chosen != null, "assign-investigator", "casework.error.investigator").orThrow();
            casework.assign(caseId, principal.member(), chosen);
        }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/allegations")
    String allegation(@PathVariable String caseId, @RequestParam(required = false) String provision,
                      @RequestParam(required = false) String department,
                      @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        AllegationCategory parsed = parse(AllegationCategory.class, provision);
        return act(caseId, "allegationRecorded", "allegations", locale, redirect,
                draft("allegation-provision", provision, "allegation-department", department), () -> {
                    input(locale).required("allegation-provision", parsed)
                            .department("allegation-department", department).orThrow();
                    casework.recordAllegation(caseId, principal.member(), parsed, department.strip());
                }, CASE_PAGE);
    }

    /** A step, with documents if the person attaches any (sealed with the case's key, opened only with a logged reason). */
    @PostMapping("/staff/cases/{caseId}/steps")
    String step(@PathVariable String caseId, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String notes,
                @RequestParam(name = "documents", required = false) List<MultipartFile> documents,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        InvestigativeStepKind parsed = parse(InvestigativeStepKind.class, kind);
        return act(caseId, "stepRecorded", "timeline", locale, redirect, draft("step-kind", kind, "step-notes", notes),
                () -> {
                    Inspection files = casework.inspect(UploadedFiles.of(documents));
                    input(locale).required("step-kind", parsed).text("step-notes", notes)
                            .files("step-documents", files).orThrow();
                    casework.recordStep(caseId, principal.member(), parsed, notes, files.files());
                }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/referrals")
    String refer(@PathVariable String caseId, @RequestParam(required = false) String department,
                 @RequestParam(required = false) String questions, @RequestParam(required = false) String dueDate,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        LocalDate due = parseDate(dueDate);
        return act(caseId, "referred", "referrals", locale, redirect,
                draft("referral-department", department, "referral-questions", questions, "referral-dueDate", dueDate),
                () -> {
                    input(locale).department("referral-department", department).text("referral-questions", questions)
                            .check(due != null, "referral-dueDate", "casework.error.date")
                            .check(due == null || due.isAfter(casework.today()), "referral-dueDate",
                                    "casework.error.dueDate")
                            .orThrow();
                    casework.refer(caseId, principal.member(), department.strip(), questions, due);
                }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/findings")
    String finding(@PathVariable String caseId, @RequestParam(required = false) String allegationId,
                   @RequestParam(required = false) String finding, @AuthenticationPrincipal StaffPrincipal principal,
                   Locale locale, RedirectAttributes redirect) {
        Finding parsed = parse(Finding.class, finding);
        String field = "finding-" + (allegationId == null ? "" : allegationId);
        return act(caseId, "findingRecorded", "allegations", locale, redirect, draft(field, finding), () -> {
            input(locale).required("finding-allegation", allegationId).required(field, parsed).orThrow();
            casework.recordFinding(caseId, principal.member(), allegationId, parsed);
        }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/recommendations")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String recommend(@PathVariable String caseId, @RequestParam(required = false) String department,
                     @RequestParam(required = false) String text, @AuthenticationPrincipal StaffPrincipal principal,
                     Locale locale, RedirectAttributes redirect) {
        return act(caseId, "recommended", "recommendations", locale, redirect,
                draft("recommendation-department", department, "recommendation-text", text), () -> {
                    input(locale).department("recommendation-department", department)
                            .text("recommendation-text", text).orThrow();
                    casework.recommend(caseId, principal.member(), department.strip(), text);
                }, CASE_PAGE);
    }

    /** The ombudsperson records a department's answer that came on paper. */
    @PostMapping("/staff/cases/{caseId}/recommendations/{recommendationId}/answer")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String answerRecommendation(@PathVariable String caseId, @PathVariable String recommendationId,
                                @RequestParam(required = false) String answer,
                                @AuthenticationPrincipal StaffPrincipal principal, Locale locale,
                                RedirectAttributes redirect) {
        RecommendationAnswer parsed = parse(RecommendationAnswer.class, answer);
        String field = "answer-" + recommendationId;
        return act(caseId, "answerRecorded", "recommendations", locale, redirect, draft(field, answer), () -> {
            input(locale).required(field, parsed).orThrow();
            casework.answer(caseId, recommendationId, principal.member(), parsed);
        }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/closure")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String close(@PathVariable String caseId, @RequestParam(required = false) String publicSummary,
                 @RequestParam(required = false) String confirmedOutcome,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        CaseOutcome outcome = parse(CaseOutcome.class, confirmedOutcome);
        return act(caseId, "closed", "summary", locale, redirect, draft("close-publicSummary", publicSummary), () -> {
            input(locale).text("close-publicSummary", publicSummary)
                    .check(outcome != null, "close-confirmedOutcome", "casework.error.confirmOutcome").orThrow();
            casework.close(caseId, principal.member(), publicSummary, outcome);
        }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/reopening")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String reopen(@PathVariable String caseId, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        return act(caseId, "reopened", "summary", locale, redirect, draft("reopen-reason", reason), () -> {
            input(locale).text("reopen-reason", reason).orThrow();
            casework.reopen(caseId, principal.member(), reason);
        }, CASE_PAGE);
    }

    /** The complainant told the office they withdraw; the case worker records it (asked to confirm on the form). */
    @PostMapping("/staff/cases/{caseId}/withdrawal")
    String withdraw(@PathVariable String caseId, @RequestParam(required = false) String confirm,
                    @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        return act(caseId, "withdrawn", "summary", locale, redirect, Map.of(), () -> {
            input(locale).check("yes".equals(confirm), "withdraw-confirm", "casework.error.confirmWithdrawal").orThrow();
            casework.withdraw(caseId, principal.member());
        }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/messages")
    String write(@PathVariable String caseId, @RequestParam(required = false) String text,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        return act(caseId, "messageSent", "messages", locale, redirect, draft("message-text", text), () -> {
            input(locale).text("message-text", text)
                    .check(text == null || text.strip().length() <= ComplaintMessaging.MAX_MESSAGE_CHARS,
                            "message-text", "casework.error.messageTooLong").orThrow();
            messaging.sendFromOffice(caseId, principal.member(), text);
        }, ComplaintMessagesModule.PROCESSING_GROUP);
    }

    // ---- helpers

    /**
     * Runs one action: field errors go back to the form, a refusal goes back as its reason (403 when it is about who
     * acts), success waits until the given read models show it and confirms.
     */
    private String act(String caseId, String done, String anchor, Locale locale, RedirectAttributes redirect,
                       Map<String, String> draft, Runnable action, String... readModelsToWaitFor) {
        try {
            action.run();
            readModels.awaitCaughtUp(readModelsToWaitFor);
            redirect.addFlashAttribute("confirmation", messages.getMessage("casework.done." + done, null, locale));
        } catch (InvalidRequestException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : invalid.errors()) {
                errors.putIfAbsent(error.field(), error.message());
            }
            redirect.addFlashAttribute("fieldErrors", errors);
            redirect.addFlashAttribute("draft", draft);
        } catch (Refusal refusal) {
            if (refusal.ruling().forbidden()) {
                throw new AccessDeniedException(refusal.ruling().rule());
            }
            redirect.addFlashAttribute("problem", refusals.reason(refusal.ruling(), locale));
            redirect.addFlashAttribute("draft", draft);
        }
        return "redirect:/staff/cases/" + caseId + "#" + anchor;
    }

    private CaseworkInput input(Locale locale) {
        return new CaseworkInput(messages, locale, casework);
    }

    /** What the person typed, by field, to put back into the form if it is refused. */
    private static Map<String, String> draft(String... fieldsAndValues) {
        Map<String, String> draft = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            draft.put(fieldsAndValues[i], fieldsAndValues[i + 1] == null ? "" : fieldsAndValues[i + 1]);
        }
        return draft;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
