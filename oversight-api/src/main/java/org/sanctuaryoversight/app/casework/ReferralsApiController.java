package org.sanctuaryoversight.app.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.casework.CaseworkRequests.AnswerRequest;
import org.sanctuaryoversight.app.casework.CaseworkRequests.ResponseRequest;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.ReferralView;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff casework API, the departments' side: a liaison's inbox of referrals, a referral, the department's
 * response and its answer to a recommendation. A liaison sees only its own department's referrals, never a complaint,
 * and learns nothing about other departments' cases (403, not 404); the office sees every referral.
 */
@RestController
@RequestMapping("/api/v1/staff")
@PreAuthorize(CaseworkRoles.REFERRAL_READERS)
record ReferralsApiController(Casework casework, MessageSource messages) {

    @GetMapping("/referrals")
    @PreAuthorize("hasRole('DEPARTMENT_LIAISON')")
    List<ReferralJson> inbox(@AuthenticationPrincipal StaffPrincipal principal,
                             @RequestParam(defaultValue = "false") boolean open) {
        return casework.inbox(principal.member().department(), open).stream().map(r -> ReferralJson.of(r, true, casework)).toList();
    }

    @GetMapping("/cases/{caseId}/referrals/{referralId}")
    ReferralJson referral(@PathVariable String caseId, @PathVariable String referralId,
                          @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        return ReferralJson.of(findReferral(caseId, referralId, principal.member(), locale), true, casework);
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/response")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void respond(@PathVariable String caseId, @PathVariable String referralId, @RequestBody ResponseRequest request,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        findReferral(caseId, referralId, principal.member(), locale);
        input(locale).text("response", request.response()).orThrow();
        casework.respond(caseId, referralId, principal.member(), request.response());
    }

    @PostMapping("/cases/{caseId}/recommendations/{recommendationId}/answer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(@PathVariable String caseId, @PathVariable String recommendationId, @RequestBody AnswerRequest request,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("answer", request.answer()).orThrow();
        casework.answer(caseId, recommendationId, principal.member(), request.answer());
    }

    // ---- shapes

    record ReferralJson(String caseId, String referralId, String department, Instant sentAt, LocalDate dueDate,
                        Instant respondedAt, boolean overdue, String questions, String response) {

        /** {@code questions} and {@code response} opened only for those who may read them. */
        static ReferralJson of(ReferralView r, boolean mayRead, Casework casework) {
            return new ReferralJson(r.caseId(), r.referralId(), r.department(), r.sentAt(), r.dueDate(), r.respondedAt(),
                    r.overdue(), mayRead ? casework.open(r.questions()).orElse(null) : null,
                    mayRead ? casework.open(r.response()).orElse(null) : null);
        }
    }

    // ---- helpers

    /** The referral, if the actor may see it: the office, or the liaison of the referred department (403 otherwise). */
    private ReferralView findReferral(String caseId, String referralId, StaffMember actor, Locale locale) {
        ReferralView referral = casework.details(caseId).stream().flatMap(d -> d.referrals().stream())
                .filter(r -> r.referralId().equals(referralId)).findFirst().orElse(null);
        if (actor.role() == StaffRole.DEPARTMENT_LIAISON && (referral == null || !actor.isLiaisonOf(referral.department()))) {
            // A liaison learns nothing about other departments' cases, not even whether they exist.
            throw new AccessDeniedException("not this liaison's department");
        }
        if (referral == null) {
            throw CaseworkInput.notFound(messages, locale);
        }
        return referral;
    }

    private CaseworkInput input(Locale locale) {
        return new CaseworkInput(messages, locale, casework);
    }
}
