package org.sanctuaryoversight.app.casework;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.app.web.UploadedFiles;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.Inspection;
import org.springframework.web.multipart.MultipartFile;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.complaint.casework.CaseworkModule;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.RecommendationView;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.ReferralView;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department inbox: a liaison sees and answers only their own department's referrals and recommendations, never
 * a complaint, and learns nothing about other departments' cases (403, not 404). A referral's questions and the
 * department's answer are the only case text a liaison reads: the office wrote the questions for them.
 */
@Controller
@PreAuthorize("hasRole('DEPARTMENT_LIAISON')")
record DepartmentInboxController(Casework casework, CaseActionForms forms, MessageSource messages) {

    @GetMapping("/staff/department/referrals")
    String inbox(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        String department = principal.member().department();
        List<RecommendationView> recommendations = casework.recommendationsTo(department, false);
        model.addAttribute("referrals", casework.inbox(department, false));
        model.addAttribute("recommendations", recommendations);
        model.addAttribute("nextAnswers", CaseActionForms.nextAnswers(recommendations));
        CaseActionForms.nothingSentBack(model);
        model.addAttribute("department", casework.departments().all().stream()
                .filter(d -> d.code().equals(department)).findFirst().orElse(null));
        return "casework/inbox";
    }

    @GetMapping("/staff/department/referrals/{caseId}/{referralId}")
    String referral(@PathVariable String caseId, @PathVariable String referralId,
                    @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        ReferralView referral = ownReferral(caseId, referralId, principal.member());
        model.addAttribute("referral", referral);
        model.addAttribute("questions", casework.open(referral.questions()).orElse(""));
        model.addAttribute("response", casework.open(referral.response()).orElse(null));
        return "casework/referral";
    }

    @PostMapping("/staff/department/referrals/{caseId}/{referralId}")
    String respond(@PathVariable String caseId, @PathVariable String referralId,
                   @RequestParam(required = false) String response,
                   @RequestParam(name = "documents", required = false) List<MultipartFile> documents,
                   @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model,
                   RedirectAttributes redirect) {
        ReferralView referral = ownReferral(caseId, referralId, principal.member());
        Inspection files = casework.inspect(UploadedFiles.of(documents));
        List<FieldError> errors = forms.input(locale).text("response", response)
                .files("documents", files).errors();
        if (!errors.isEmpty()) {
            model.addAttribute("referral", referral);
            model.addAttribute("questions", casework.open(referral.questions()).orElse(""));
            model.addAttribute("errors", errors);
            model.addAttribute("draft", response);
            return "casework/referral";
        }
        try {
            casework.respond(caseId, referralId, principal.member(), response, files.files());
            forms.confirm("casework.referral.sentConfirmation", locale, redirect, CaseworkModule.PROCESSING_GROUP);
        } catch (Refusal refusal) {
            forms.refused(refusal, locale, redirect);
        }
        return "redirect:/staff/department/referrals";
    }

    @PostMapping("/staff/department/recommendations/{caseId}/{recommendationId}")
    String answer(@PathVariable String caseId, @PathVariable String recommendationId,
                  @RequestParam(required = false) String answer, @AuthenticationPrincipal StaffPrincipal principal,
                  Locale locale, RedirectAttributes redirect) {
        ownRecommendation(caseId, recommendationId, principal.member());
        RecommendationAnswer parsed = CaseworkInput.parse(RecommendationAnswer.class, answer);
        if (parsed == null) {
            redirect.addFlashAttribute("fieldErrors", Map.of("answer-" + recommendationId,
                    messages.getMessage("casework.error.required", null, locale)));
            return "redirect:/staff/department/referrals#recommendation-" + recommendationId;
        }
        try {
            casework.answer(caseId, recommendationId, principal.member(), parsed);
            forms.confirm("casework.done.answerRecorded", locale, redirect, CaseworkModule.PROCESSING_GROUP);
        } catch (Refusal refusal) {
            forms.refused(refusal, locale, redirect);
        }
        return "redirect:/staff/department/referrals#recommendation-" + recommendationId;
    }

    private ReferralView ownReferral(String caseId, String referralId, StaffMember liaison) {
        return casework.details(caseId).stream().flatMap(d -> d.referrals().stream())
                .filter(r -> r.referralId().equals(referralId) && liaison.isLiaisonOf(r.department()))
                .findFirst().orElseThrow(() -> new AccessDeniedException("not this liaison's department"));
    }

    private RecommendationView ownRecommendation(String caseId, String recommendationId, StaffMember liaison) {
        return casework.details(caseId).stream().flatMap(d -> d.recommendations().stream())
                .filter(r -> r.recommendationId().equals(recommendationId) && liaison.isLiaisonOf(r.department()))
                .findFirst().orElseThrow(() -> new AccessDeniedException("not this liaison's department"));
    }
}
