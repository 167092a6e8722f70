package org.sanctuaryoversight.app.casework;

import static org.sanctuaryoversight.app.casework.CaseActionForms.CASE_PAGE;
import static org.sanctuaryoversight.app.casework.CaseActionForms.draft;
import static org.sanctuaryoversight.app.casework.CaseworkInput.parse;
import static org.sanctuaryoversight.app.casework.CaseworkInput.parseDate;

import java.time.LocalDate;
import java.util.Locale;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the office asks of departments, as page forms on the case page: referrals with questions and a due date,
 * recommendations, and a department's answer to a recommendation that came on paper. The department's own side is
 * {@link DepartmentInboxController}. Each form goes through {@link CaseActionForms#act}.
 */
@Controller
@PreAuthorize(CaseworkRoles.OFFICE)
record DepartmentRequestFormsController(Casework casework, CaseActionForms forms) {

    @PostMapping("/staff/cases/{caseId}/referrals")
    String refer(@PathVariable String caseId, @RequestParam(required = false) String department,
                 @RequestParam(required = false) String questions, @RequestParam(required = false) String dueDate,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        LocalDate due = parseDate(dueDate);
        return forms.act(caseId, "referred", "referrals", locale, redirect,
                draft("referral-department", department, "referral-questions", questions, "referral-dueDate", dueDate),
                () -> {
                    forms.input(locale).department("referral-department", department).text("referral-questions", questions)
                            .check(due != null, "referral-dueDate", "casework.error.date")
                            .check(due == null || due.isAfter(casework.today()), "referral-dueDate",
                                    "casework.error.dueDate")
                            .orThrow();
                    casework.refer(caseId, principal.member(), department.strip(), questions, due);
                }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/recommendations")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String recommend(@PathVariable String caseId, @RequestParam(required = false) String department,
                     @RequestParam(required = false) String text, @AuthenticationPrincipal StaffPrincipal principal,
                     Locale locale, RedirectAttributes redirect) {
        return forms.act(caseId, "recommended", "recommendations", locale, redirect,
                draft("recommendation-department", department, "recommendation-text", text), () -> {
                    forms.input(locale).department("recommendation-department", department)
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
        return forms.act(caseId, "answerRecorded", "recommendations", locale, redirect, draft(field, answer), () -> {
            forms.input(locale).required(field, parsed).orThrow();
            casework.answer(caseId, recommendationId, principal.member(), parsed);
        }, CASE_PAGE);
    }
}
