package org.sanctuaryoversight.app.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.app.casework.CaseworkRequests.*;
import org.sanctuaryoversight.app.security.StaffPrincipal;
import org.sanctuaryoversight.app.web.NotFoundException;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.complaint.casework.CaseActions;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.complaint.casework.CaseStage;
import org.sanctuaryoversight.complaint.casework.CaseworkPolicies.OnlyTheCaseWorkers;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.privacy.Sealed;
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
 * The staff casework API. The office (ombudsperson, investigators) works cases; auditors read them without the
 * sealed free text; a department liaison sees only its own department's referrals and never a complaint.
 * Who may do what on a case is decided by the aggregate's named policies (403 for who, 409 for the case's state).
 */
@RestController
@RequestMapping("/api/v1/staff")
class CaseworkApiController {

    static final String OFFICE = "hasAnyRole('OMBUDSPERSON','INVESTIGATOR')";
    static final String READERS = "hasAnyRole('OMBUDSPERSON','INVESTIGATOR','AUDITOR')";
    static final String REFERRAL_READERS = "hasAnyRole('OMBUDSPERSON','INVESTIGATOR','DEPARTMENT_LIAISON')";

    private final Casework casework;
    private final MessageSource messages;
    private final CaseworkProperties properties;

    CaseworkApiController(Casework casework, MessageSource messages, CaseworkProperties properties) {
        this.casework = casework;
        this.messages = messages;
        this.properties = properties;
    }

    // ---- reading

    /** An investigator sees only the cases assigned to them. */
    @GetMapping("/cases")
    @PreAuthorize(READERS)
    CaseListPage list(@RequestParam(required = false) CaseStage stage, @RequestParam(required = false) String department,
                      @RequestParam(required = false) String assignee, @RequestParam(defaultValue = "false") boolean overdue,
                      @RequestParam(required = false) String number, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(required = false) Integer size, @AuthenticationPrincipal StaffPrincipal principal,
                      Locale locale) {
        int pageSize = size == null ? properties.pageSize() : size;
        input(locale).check(page >= 0, "page", "casework.error.page").check(pageSize >= 1 && pageSize <= 100, "size",
                "casework.error.size").orThrow();
        String assigneeFilter = principal.member().role() == StaffRole.INVESTIGATOR ? principal.member().userId()
                : blankToNull(assignee);
        return casework.cases(new CaseFilter(stage, blankToNull(department), assigneeFilter, overdue,
                blankToNull(number)), page, pageSize);
    }

    /**
     * A case. Its sealed text (the narrative, the location, notes, questions, answers) is included only for the people
     * who work the case, and only when they say why ({@code purpose} and {@code note}): the read is then recorded in
     * the access log, like on the case page.
     */
    @GetMapping("/cases/{caseId}")
    @PreAuthorize(READERS)
    ResponseEntity<CaseJson> show(@PathVariable String caseId, @RequestParam(required = false) String purpose,
                                  @RequestParam(required = false) String note,
                                  @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        CaseDetails details = casework.details(caseId).orElseThrow(() -> notFound(locale));
        StaffMember member = principal.member();
        if (member.role() == StaffRole.INVESTIGATOR && !member.userId().equals(details.summary().assigneeId())) {
            throw new AccessDeniedException("not this investigator's case");
        }
        boolean read = false;
        if (purpose != null || note != null) {
            OnlyTheCaseWorkers.check(member, details.summary().assigneeId()).orThrow();
            ViewReason reason = ViewReason.check(purpose, note, messages, locale);
            if (!reason.complete()) {
                throw new InvalidRequestException(reason.errors().entrySet().stream()
                        .map(error -> new FieldError(error.getKey(), error.getValue())).toList());
            }
            casework.recordRead(caseId, member, reason.purpose(), note.strip());
            read = true;
        }
        boolean opened = read;
        var complaint = details.complaint() == null ? null : new ComplaintJson(details.complaint().filedAt(),
                details.complaint().channel(), details.complaint().language(), details.complaint().anonymous(),
                details.complaint().incidentDate(), details.complaint().categories(), details.complaint().departments(),
                opened ? casework.open(details.complaint().narrative()).orElse(null) : null,
                opened ? casework.open(details.complaint().location()).orElse(null) : null);
        CaseJson json = new CaseJson(details.summary(), complaint, details.review(), details.allegations(),
                details.referrals().stream().map(r -> referral(r, opened)).toList(), details.recommendations(),
                casework.timeline(caseId).stream().map(entry -> new TimelineJson(entry.sequence(), entry.at(),
                        entry.type(), entry.actorName(), entry.actorRole(), entry.details(),
                        texts(entry.sealed(), opened))).toList(),
                details.state().outcome(), CaseActions.of(member, details.state()));
        return opened ? ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(json) : ResponseEntity.ok(json);
    }

    @GetMapping("/referrals")
    @PreAuthorize("hasRole('DEPARTMENT_LIAISON')")
    List<ReferralJson> inbox(@AuthenticationPrincipal StaffPrincipal principal,
                             @RequestParam(defaultValue = "false") boolean open) {
        return casework.inbox(principal.member().department(), open).stream().map(r -> referral(r, true)).toList();
    }

    @GetMapping("/cases/{caseId}/referrals/{referralId}")
    @PreAuthorize(REFERRAL_READERS)
    ReferralJson referral(@PathVariable String caseId, @PathVariable String referralId,
                          @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        return referral(findReferral(caseId, referralId, principal.member(), locale), true);
    }

    // ---- acting

    @PostMapping("/cases/reviews")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    @ResponseStatus(HttpStatus.CREATED)
    Created openReview(@RequestBody OpenReviewRequest request, @AuthenticationPrincipal StaffPrincipal principal,
                       Locale locale) {
        input(locale).department("department", request.department()).required("reasonCode", request.reasonCode())
                .text("reason", request.reason()).orThrow();
        return new Created(casework.openReview(principal.member(), request.department(), request.reasonCode().strip(),
                request.reason().strip(), blankToNull(request.sourceReference())));
    }

    @PostMapping("/cases/{caseId}/acknowledgement")
    @PreAuthorize(OFFICE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acknowledge(@PathVariable String caseId, @AuthenticationPrincipal StaffPrincipal principal) {
        casework.acknowledge(caseId, principal.member());
    }

    @PostMapping("/cases/{caseId}/triage")
    @PreAuthorize(OFFICE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void triage(@PathVariable String caseId, @RequestBody TriageRequest request,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("decision", request.decision())
                .check(request.decision() != TriageDecision.REFER_TO_OTHER_AGENCY || notBlank(request.referredAgency()),
                        "referredAgency", "casework.error.required")
                .check(request.decision() != TriageDecision.DUPLICATE || notBlank(request.duplicateOf()),
                        "duplicateOf", "casework.error.required")
                .orThrow();
        casework.triage(caseId, principal.member(), request.decision(), request.referredAgency(), request.duplicateOf());
    }

    @PostMapping("/cases/{caseId}/investigator")
    @PreAuthorize(OFFICE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@PathVariable String caseId, @RequestBody AssignRequest request,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("userId", request.userId()).required("displayName", request.displayName()).orThrow();
        casework.assign(caseId, principal.member(),
                new StaffMember(request.userId().strip(), request.displayName().strip(), StaffRole.INVESTIGATOR, null));
    }

    @PostMapping("/cases/{caseId}/allegations")
    @PreAuthorize(OFFICE)
    @ResponseStatus(HttpStatus.CREATED)
    Created allegation(@PathVariable String caseId, @RequestBody AllegationRequest request,
                       @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("provision", request.provision()).department("department", request.department()).orThrow();
        return new Created(casework.recordAllegation(caseId, principal.member(), request.provision(), request.department()));
    }

    @PostMapping("/cases/{caseId}/steps")
    @PreAuthorize(OFFICE)
    @ResponseStatus(HttpStatus.CREATED)
    Created step(@PathVariable String caseId, @RequestBody StepRequest request,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("kind", request.kind()).text("notes", request.notes()).orThrow();
        return new Created(casework.recordStep(caseId, principal.member(), request.kind(), request.notes()));
    }

    @PostMapping("/cases/{caseId}/referrals")
    @PreAuthorize(OFFICE)
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

    @PostMapping("/cases/{caseId}/referrals/{referralId}/response")
    @PreAuthorize(REFERRAL_READERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void respond(@PathVariable String caseId, @PathVariable String referralId, @RequestBody ResponseRequest request,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        findReferral(caseId, referralId, principal.member(), locale);
        input(locale).text("response", request.response()).orThrow();
        casework.respond(caseId, referralId, principal.member(), request.response());
    }

    @PostMapping("/cases/{caseId}/findings")
    @PreAuthorize(OFFICE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void finding(@PathVariable String caseId, @RequestBody FindingRequest request,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("allegationId", request.allegationId()).required("finding", request.finding()).orThrow();
        casework.recordFinding(caseId, principal.member(), request.allegationId(), request.finding());
    }

    @PostMapping("/cases/{caseId}/recommendations")
    @PreAuthorize(OFFICE)
    @ResponseStatus(HttpStatus.CREATED)
    Created recommend(@PathVariable String caseId, @RequestBody RecommendationRequest request,
                      @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).department("department", request.department()).text("text", request.text()).orThrow();
        return new Created(casework.recommend(caseId, principal.member(), request.department(), request.text()));
    }

    @PostMapping("/cases/{caseId}/recommendations/{recommendationId}/answer")
    @PreAuthorize(REFERRAL_READERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(@PathVariable String caseId, @PathVariable String recommendationId, @RequestBody AnswerRequest request,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).required("answer", request.answer()).orThrow();
        casework.answer(caseId, recommendationId, principal.member(), request.answer());
    }

    @PostMapping("/cases/{caseId}/closure")
    @PreAuthorize(OFFICE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable String caseId, @RequestBody CloseRequest request,
               @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).text("publicSummary", request.publicSummary())
                .required("confirmedOutcome", request.confirmedOutcome()).orThrow();
        casework.close(caseId, principal.member(), request.publicSummary(), request.confirmedOutcome());
    }

    @PostMapping("/cases/{caseId}/reopening")
    @PreAuthorize(OFFICE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reopen(@PathVariable String caseId, @RequestBody ReopenRequest request,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        input(locale).text("reason", request.reason()).orThrow();
        casework.reopen(caseId, principal.member(), request.reason());
    }

    @PostMapping("/cases/{caseId}/withdrawal")
    @PreAuthorize(OFFICE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable String caseId, @AuthenticationPrincipal StaffPrincipal principal) {
        casework.withdraw(caseId, principal.member());
    }

    // ---- shapes

    /**
     * @param impliedOutcome the outcome the case would close with now (what a closing must confirm)
     * @param actions        what the caller may do on the case now
     */
    record CaseJson(CaseSummary summary, ComplaintJson complaint, ReviewFacts review, List<AllegationView> allegations,
                    List<ReferralJson> referrals, List<RecommendationView> recommendations,
                    List<TimelineJson> timeline, CaseOutcome impliedOutcome, CaseActions actions) {
    }

    /** The complaint as filed; {@code narrative} and {@code location} only for a recorded read. */
    record ComplaintJson(Instant filedAt, IntakeChannel channel, String language, boolean anonymous,
                         String incidentDate, java.util.Set<AllegationCategory> categories,
                         java.util.Set<String> departments, String narrative, String location) {
    }

    /** {@code text}: the sealed free text opened, for those who may read it; absent otherwise or once shredded. */
    record TimelineJson(long sequence, Instant at, String type, String actorName, String actorRole,
                        Map<String, String> details, Map<String, String> text) {
    }

    record ReferralJson(String caseId, String referralId, String department, Instant sentAt, LocalDate dueDate,
                        Instant respondedAt, boolean overdue, String questions, String response) {
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
            throw notFound(locale);
        }
        return referral;
    }

    private ReferralJson referral(ReferralView r, boolean mayRead) {
        return new ReferralJson(r.caseId(), r.referralId(), r.department(), r.sentAt(), r.dueDate(), r.respondedAt(),
                r.overdue(), mayRead ? casework.open(r.questions()).orElse(null) : null,
                mayRead ? casework.open(r.response()).orElse(null) : null);
    }

    private Map<String, String> texts(Map<String, Sealed> sealed, boolean mayRead) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (mayRead) {
            sealed.forEach((name, value) -> casework.open(value).ifPresent(text -> texts.put(name, text)));
        }
        return texts;
    }

    private CaseworkInput input(Locale locale) {
        return new CaseworkInput(messages, locale, casework);
    }

    private NotFoundException notFound(Locale locale) {
        return new NotFoundException(messages.getMessage("casework.error.notFound", null, "Not found", locale));
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
