package org.sanctuaryoversight.app.casework;

import static org.sanctuaryoversight.app.casework.CaseActionForms.CASE_PAGE;
import static org.sanctuaryoversight.app.casework.CaseActionForms.draft;
import static org.sanctuaryoversight.app.casework.CaseworkInput.blank;
import static org.sanctuaryoversight.app.casework.CaseworkInput.parse;

import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.staff.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case's course as page forms, from the case list and the case page: the ombudsperson opens a review; the office
 * acknowledges, triages, assigns, closes, reopens, records a withdrawal. Each form goes through
 * {@link CaseActionForms#act}: errors back next to their fields, a refusal as its reason, a confirmation on success.
 * The case page offers each form only when the rules allow it ({@code CaseActions}).
 */
@Controller
@PreAuthorize(CaseworkRoles.OFFICE)
record CaseActionsController(Casework casework, StaffAccounts accounts, CaseActionForms forms) {

    /**
     * The office opens a review on its own initiative (a pattern in the news, a department's practice): a case without
     * a complainant, worked like any other. It lands on the new case's page.
     */
    @PostMapping("/staff/cases/reviews")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String openReview(@RequestParam(required = false) String department, @RequestParam(required = false) String reason,
                      @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        try {
            forms.input(locale).department("review-department", department).text("review-reason", reason).orThrow();
        } catch (InvalidRequestException invalid) {
            CaseActionForms.sendBack(invalid, draft("review-department", department, "review-reason", reason), redirect);
            return "redirect:/staff/cases#open-review";
        }
        String caseId = casework.openReview(principal.member(), department.strip(), "OFFICE_INITIATIVE", reason.strip(),
                null);
        forms.confirm("casework.done.reviewOpened", locale, redirect, CASE_PAGE);
        return "redirect:/staff/cases/" + caseId;
    }

    @PostMapping("/staff/cases/{caseId}/acknowledgement")
    String acknowledge(@PathVariable String caseId, @AuthenticationPrincipal StaffPrincipal principal, Locale locale,
                       RedirectAttributes redirect) {
        return forms.act(caseId, "acknowledged", "act", locale, redirect, Map.of(),
                () -> casework.acknowledge(caseId, principal.member()), CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/triage")
    String triage(@PathVariable String caseId, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String referredAgency, @RequestParam(required = false) String duplicateOf,
                  @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        TriageDecision parsed = parse(TriageDecision.class, decision);
        return forms.act(caseId, "triaged", "triage", locale, redirect,
                draft("triage-decision", decision, "triage-referredAgency", referredAgency, "triage-duplicateOf", duplicateOf),
                () -> {
                    forms.input(locale).required("triage-decision", parsed)
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
        return forms.act(caseId, "assigned", "assign", locale, redirect, draft("assign-investigator", investigator), () -> {
            StaffMember chosen = blank(investigator) ? null : accounts.find(investigator.strip())
                    .filter(account -> !account.disabled())
                    .map(account -> account.member())
                    .orElse(null);
            forms.input(locale).check(chosen != null, "assign-investigator", "casework.error.investigator").orThrow();
            casework.assign(caseId, principal.member(), chosen);
        }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/closure")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String close(@PathVariable String caseId, @RequestParam(required = false) String publicSummary,
                 @RequestParam(required = false) String confirmedOutcome,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        CaseOutcome outcome = parse(CaseOutcome.class, confirmedOutcome);
        return forms.act(caseId, "closed", "summary", locale, redirect, draft("close-publicSummary", publicSummary), () -> {
            forms.input(locale).text("close-publicSummary", publicSummary)
                    .check(outcome != null, "close-confirmedOutcome", "casework.error.confirmOutcome").orThrow();
            casework.close(caseId, principal.member(), publicSummary, outcome);
        }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/reopening")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String reopen(@PathVariable String caseId, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        return forms.act(caseId, "reopened", "summary", locale, redirect, draft("reopen-reason", reason), () -> {
            forms.input(locale).text("reopen-reason", reason).orThrow();
            casework.reopen(caseId, principal.member(), reason);
        }, CASE_PAGE);
    }

    /** The complainant told the office they withdraw; the case worker records it (asked to confirm on the form). */
    @PostMapping("/staff/cases/{caseId}/withdrawal")
    String withdraw(@PathVariable String caseId, @RequestParam(required = false) String confirm,
                    @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        return forms.act(caseId, "withdrawn", "summary", locale, redirect, Map.of(), () -> {
            forms.input(locale).check("yes".equals(confirm), "withdraw-confirm", "casework.error.confirmWithdrawal").orThrow();
            casework.withdraw(caseId, principal.member());
        }, CASE_PAGE);
    }
}
