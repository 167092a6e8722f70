package org.sanctuaryoversight.app.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.app.casework.ReferralsApiController.ReferralJson;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
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
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
 * The staff casework API, reading: the case list and a case. The office (ombudsperson, investigators) works cases;
 * auditors read them without the sealed free text; a department liaison sees only its own department's referrals
 * ({@link ReferralsApiController}) and never a complaint. Acting on a case: {@link CaseActionsApiController}.
 */
@RestController
@RequestMapping("/api/v1/staff")
@PreAuthorize(CaseworkRoles.READERS)
record CaseworkApiController(Casework casework, MessageSource messages, CaseworkProperties properties) {

    // ---- reading

    /** An investigator sees only the cases assigned to them. */
    @GetMapping("/cases")
    CaseListPage list(@RequestParam(required = false) CaseStage stage, @RequestParam(required = false) String department,
                      @RequestParam(required = false) String assignee, @RequestParam(defaultValue = "false") boolean overdue,
                      @RequestParam(required = false) String number, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(required = false) Integer size, @AuthenticationPrincipal StaffPrincipal principal,
                      Locale locale) {
        int pageSize = size == null ? properties.pageSize() : size;
        input(locale).check(page >= 0, "page", "casework.error.page").check(pageSize >= 1 && pageSize <= 100, "size",
                "casework.error.size").orThrow();
        String assigneeFilter = CaseReading.assigneeFilter(principal.member(), assignee);
        return casework.cases(new CaseFilter(stage, CaseworkInput.blankToNull(department), assigneeFilter, overdue,
                CaseworkInput.blankToNull(number)), page, pageSize);
    }

    /**
     * A case. Its sealed text (the narrative, the location, notes, questions, answers) is included only for the people
     * who work the case, and only when they say why ({@code purpose} and {@code note}): the read is then recorded in
     * the access log, like on the case page.
     */
    @GetMapping("/cases/{caseId}")
    ResponseEntity<CaseJson> show(@PathVariable String caseId, @RequestParam(required = false) String purpose,
                                  @RequestParam(required = false) String note,
                                  @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        CaseDetails details = casework.details(caseId).orElseThrow(() -> CaseworkInput.notFound(messages, locale));
        StaffMember member = principal.member();
        CaseReading.checkMaySee(member, details.summary());
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
                details.referrals().stream().map(r -> ReferralJson.of(r, opened, casework)).toList(), details.recommendations(),
                casework.timeline(caseId).stream().map(entry -> new TimelineJson(entry.sequence(), entry.at(),
                        entry.type(), entry.actorName(), entry.actorRole(), entry.details(),
                        texts(entry.sealed(), opened))).toList(),
                details.state().outcome(), CaseActions.of(member, details.state()));
        return opened ? ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(json) : ResponseEntity.ok(json);
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

    // ---- helpers

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
}
