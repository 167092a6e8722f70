package org.sanctuaryoversight.app.casework;

import java.util.Locale;
import org.sanctuaryoversight.app.casework.CaseworkRequests.*;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff casework API, acting: the office opens reviews and moves a case from acknowledgement to closure. Each
 * request's input is checked first ({@link CaseworkInput}: 400 with every field's reason); who may do what on a case
 * is decided by the aggregate's named policies (403 for who, 409 for the case's state).
 */
@RestController
@RequestMapping("/api/v1/staff")
@PreAuthorize(CaseworkRoles.OFFICE)
record CaseActionsApiController(Casework casework, MessageSource messages) {

    @PostMapping("/cases/reviews")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    @ResponseStatus(HttpStatus.CREATED)
    Created openReview(@RequestBody OpenReviewRequest request, @AuthenticationPrincipal StaffPrincipal principal,
                       Locale locale) {
        input(locale).department("department", request.department()).required("reasonCode", request.reasonCode())
                .text("reason", request.reason()).orThrow();
        return new Created(casework.openReview(principal.member(), request.department(), request.reasonCode().strip(),
                request.reason().strip(), CaseworkInput.blankToNull(request.sourceReference())));
    }

    @PostMapping("/cases/{caseId}/acknowledgement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acknowledge(@PathVariable String caseId, @AuthenticationPrincipal StaffPrincipal principal) {
        casework.acknowledge(caseId, principal.member());
    }

    @PostMapping("/cases/{caseId}/triage")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void triage(@PathVariable String caseId, @RequestBody TriageRequest request,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("decision", request.decision())
                .check(request.decision() != TriageDecision.REFER_TO_OTHER_AGENCY || !CaseworkInput.blank(request.referredAgency()),
                        "referredAgency", "casework.error.required")
                .check(request.decision() != TriageDecision.DUPLICATE || !CaseworkInput.blank(request.duplicateOf()),
                        "duplicateOf", "casework.error.required")
                .orThrow();
        casework.triage(caseId, principal.member(), request.decision(), request.referredAgency(), request.duplicateOf());
    }

    @PostMapping("/cases/{caseId}/investigator")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@PathVariable String caseId, @RequestBody AssignRequest request,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("userId", request.userId()).required("displayName", request.displayName()).orThrow();
        casework.assign(caseId, principal.member(),
                new StaffMember(request.userId().strip(), request.displayName().strip(), StaffRole.INVESTIGATOR, null));
    }

    @PostMapping("/cases/{caseId}/allegations")
    @ResponseStatus(HttpStatus.CREATED)
    Created allegation(@PathVariable String caseId, @RequestBody AllegationRequest request,
                       @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("provision", request.provision()).department("department", request.department()).orThrow();
        return new Created(casework.recordAllegation(caseId, principal.member(), request.provision(), request.department()));
    }

    @PostMapping("/cases/{caseId}/steps")
    @ResponseStatus(HttpStatus.CREATED)
    Created step(@PathVariable String caseId, @RequestBody StepRequest request,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("kind", request.kind()).text("notes", request.notes()).orThrow();
        return new Created(casework.recordStep(caseId, principal.member(), request.kind(), request.notes()));
    }

    @PostMapping("/cases/{caseId}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    Created refer(@PathVariable String caseId, @RequestBody ReferralRequest request,
                  @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).department("department", request.department()).text("questions", request.questions())
                .check(request.dueDate() == null || request.dueDate().isAfter(casework.today()), "dueDate",
                        "casework.error.dueDate")
                .orThrow();
        return new Created(casework.refer(caseId, principal.member(), request.department(), request.questions(),
                request.dueDate()));
    }

    @PostMapping("/cases/{caseId}/findings")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void finding(@PathVariable String caseId, @RequestBody FindingRequest request,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("allegationId", request.allegationId()).required("finding", request.finding()).orThrow();
        casework.recordFinding(caseId, principal.member(), request.allegationId(), request.finding());
    }

    @PostMapping("/cases/{caseId}/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    Created recommend(@PathVariable String caseId, @RequestBody RecommendationRequest request,
                      @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).department("department", request.department()).text("text", request.text()).orThrow();
        return new Created(casework.recommend(caseId, principal.member(), request.department(), request.text()));
    }

    @PostMapping("/cases/{caseId}/closure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable String caseId, @RequestBody CloseRequest request,
               @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).text("publicSummary", request.publicSummary())
                .required("confirmedOutcome", request.confirmedOutcome()).orThrow();
        casework.close(caseId, principal.member(), request.publicSummary(), request.confirmedOutcome());
    }

    @PostMapping("/cases/{caseId}/reopening")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reopen(@PathVariable String caseId, @RequestBody ReopenRequest request,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).text("reason", request.reason()).orThrow();
        casework.reopen(caseId, principal.member(), request.reason());
    }

    @PostMapping("/cases/{caseId}/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable String caseId, @AuthenticationPrincipal StaffPrincipal principal) {
        casework.withdraw(caseId, principal.member());
    }

    private CaseworkInput input(Locale locale) {
        return new CaseworkInput(messages, locale, casework);
    }
}
