package org.sanctuaryoversight.app.casework;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.app.security.accesslog.IdentityAccess;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.complaint.casework.CaseActions;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.complaint.casework.InvestigativeStepKind;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.context.MessageSource;
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
 * The case page: the complaint as filed (what the complainant wrote shown only to the people who work the case, once
 * they said why, and every read recorded), the contact details and files sections, the conversation, allegations,
 * referrals, recommendations, the timeline, and the forms the casework rules allow this person now. Plain HTML
 * forms: everything works without JavaScript. The forms post to {@link CaseActionsController},
 * {@link InvestigationFormsController}, {@link DepartmentRequestFormsController} and {@link OfficeMessageFormController}.
 */
@Controller
record CasePageController(Casework casework, CaseReading reading, ComplaintMessaging messaging,
                          IdentityAccess identityAccess, StaffAccounts accounts, MessageSource messages) {

    @GetMapping("/staff/cases/{caseId}")
    @PreAuthorize(CaseworkRoles.READERS)
    String show(@PathVariable String caseId, @AuthenticationPrincipal StaffPrincipal principal, HttpSession session,
                Model model, Locale locale, HttpServletResponse response) {
        StaffMember member = principal.member();
        CaseDetails details = casework.details(caseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CaseSummary summary = details.summary();
        CaseReading.checkMaySee(member, summary);
        boolean mayRead = CaseReading.mayRead(member, summary);
        boolean read = mayRead && reading.recordRead(session, caseId, member);
        if (read) {
            response.setHeader("Cache-Control", "no-store");
        }
        CaseActions actions = CaseActions.of(member, details.state());
        List<TimelineEntry> timeline = casework.timeline(caseId);

        CaseActionForms.nothingSentBack(model);
        model.addAttribute("summary", summary);
        model.addAttribute("details", details);
        model.addAttribute("complaint", details.complaint());
        model.addAttribute("review", details.review());
        model.addAttribute("timeline", timeline);
        model.addAttribute("mayRead", mayRead);
        model.addAttribute("read", read);
        model.addAttribute("readPurposes", List.of(IdentityViewPurpose.WORK_THE_CASE,
                IdentityViewPurpose.COMPLAINANT_REQUEST, IdentityViewPurpose.LEGAL_REQUIREMENT));
        model.addAttribute("texts", read ? openTexts(details, timeline, locale) : Map.of());
        model.addAttribute("conversation", read && details.complaint() != null
                ? messaging.conversation(caseId).map(messaging::open).orElse(List.of()) : List.of());
        model.addAttribute("actions", actions);
        model.addAttribute("impliedOutcome", details.state().outcome());
        model.addAttribute("noAllegationRecorded", details.state().accepted() && !details.state().withdrawn()
                && details.allegations().isEmpty());
        model.addAttribute("closeNeedsFindings", member.role() == StaffRole.OMBUDSPERSON && !actions.close()
                && !details.state().closed() && details.state().accepted() && !details.state().withdrawn()
                && details.state().allegationsWithoutFinding() > 0);
        Map<String, String> provisions = new LinkedHashMap<>();
        details.allegations().forEach(a -> provisions.put(a.allegationId(), a.provision()));
        model.addAttribute("allegationProvisions", provisions);
        model.addAttribute("openAllegations", details.allegations().stream().filter(a -> a.finding() == null).toList());
        model.addAttribute("nextAnswers", CaseActionForms.nextAnswers(details.recommendations()));
        model.addAttribute("investigators", actions.assign() ? investigators() : List.of());
        model.addAttribute("departments", casework.departments().all());
        model.addAttribute("decisions", TriageDecision.values());
        model.addAttribute("categories", AllegationCategory.values());
        model.addAttribute("stepKinds", InvestigativeStepKind.values());
        model.addAttribute("findings", Finding.values());
        model.addAttribute("defaultDueDate", casework.defaultReferralDueDate());
        model.addAttribute("today", casework.today());
        // the "Contact details" and "Files" sections (see ComplainantContactController, CaseFilesController)
        model.addAttribute("identity", summary.reviewCase() ? null : identityAccess.subject(caseId).orElse(null));
        model.addAttribute("mayRevealContact", mayRead);
        model.addAttribute("purposes", IdentityViewPurpose.values());
        model.addAttribute("attachmentNames", CaseFilesController.attachmentNames(casework, details, mayRead && read,
                messages, locale));
        model.addAttribute("mayOpenFiles", mayRead);
        // "Shred now" (ShredNowController): the ombudsperson, on a complaint whose personal data still exists
        model.addAttribute("mayShred", member.role() == StaffRole.OMBUDSPERSON && !summary.reviewCase()
                && casework.holdsPersonalData(caseId));
        model.addAttribute("shredGrounds", ShredNowController.Ground.values());
        return "casework/case";
    }

    /**
     * The reason for reading this case, given once per case and sign-in. Nothing is shown or recorded here: the case
     * page records each read with this reason. A missing reason comes back next to its field.
     */
    @PostMapping("/staff/cases/{caseId}/reading")
    @PreAuthorize(CaseworkRoles.OFFICE)
    String giveReason(@PathVariable String caseId, @RequestParam(required = false) String purpose,
                      @RequestParam(required = false) String note, @AuthenticationPrincipal StaffPrincipal principal,
                      HttpSession session, Locale locale, RedirectAttributes redirect) {
        CaseDetails details = casework.details(caseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!CaseReading.mayRead(principal.member(), details.summary())) {
            throw new AccessDeniedException("not a case worker of this case");
        }
        ViewReason reason = ViewReason.check(purpose, note, messages, locale);
        if (!reason.complete()) {
            redirect.addFlashAttribute("readErrors", reason.errors());
            redirect.addFlashAttribute("readPurpose", purpose == null ? "" : purpose.strip());
            redirect.addFlashAttribute("readNote", note == null ? "" : note);
            return "redirect:/staff/cases/" + caseId + "#complaint";
        }
        reading.remember(session, caseId, new CaseReading.StatedReason(reason.purpose(), note.strip()));
        return "redirect:/staff/cases/" + caseId + "#complaint";
    }

    /** The sealed free text of the case, opened: the narrative, the location, and each timeline entry's text. */
    private Map<String, String> openTexts(CaseDetails details, List<TimelineEntry> timeline, Locale locale) {
        String shredded = messages.getMessage("casework.timeline.shredded", null, locale);
        Map<String, String> texts = new LinkedHashMap<>();
        if (details.complaint() != null) {
            texts.put("narrative", casework.open(details.complaint().narrative()).orElse(shredded));
            if (details.complaint().location() != null) {
                texts.put("location", casework.open(details.complaint().location()).orElse(shredded));
            }
        }
        timeline.forEach(entry -> entry.sealed().forEach((name, value) ->
                texts.put(entry.sequence() + ":" + name, casework.open(value).orElse(shredded))));
        details.referrals().forEach(referral -> {
            texts.put("questions:" + referral.referralId(), casework.open(referral.questions()).orElse(shredded));
            casework.open(referral.response()).ifPresent(text -> texts.put("response:" + referral.referralId(), text));
        });
        return texts;
    }

    /** The people a case can be assigned to: enabled investigators, and the ombudsperson. */
    private List<StaffAccountChoice> investigators() {
        return accounts.list().stream()
                .filter(account -> !account.disabled())
                .filter(account -> CaseReading.worksCases(account.role()))
                .map(account -> new StaffAccountChoice(account.userId(), account.displayName(), account.role()))
                .toList();
    }

    record StaffAccountChoice(String userId, String displayName, StaffRole role) {
    }
}
