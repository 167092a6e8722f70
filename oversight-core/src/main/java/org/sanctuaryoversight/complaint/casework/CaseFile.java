package org.sanctuaryoversight.complaint.casework;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.*;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.*;
import org.sanctuaryoversight.complaint.casework.CaseworkPolicies.*;
import org.sanctuaryoversight.privacy.FreeTextNamesNoOne;
import org.sanctuaryoversight.ruling.Ruling;

/**
 * The casework section of a complaint (an aggregate member of the complaint): from acknowledgement to closure.
 * Each command handler asks the named policies of {@link CaseworkPolicies}, then applies one event; only the event
 * sourcing handlers change the state, so the state is exactly what the event log says. Deadlines are scheduled on
 * the durable {@link DeadlineManager} and come back here when they pass.
 *
 * <p>Public only so that the complaint aggregate can hold it; everything else is package-private.
 */
public final class CaseFile implements CaseState {

    private final String caseId;
    private final boolean reviewCase;
    private boolean acknowledged;
    private TriageDecision triage;
    private String investigatorId;
    private boolean withdrawn;
    private boolean closed;
    private final Map<String, Optional<Finding>> allegations = new LinkedHashMap<>();
    private final Map<String, Referral> referrals = new LinkedHashMap<>();
    private final Map<String, Recommendation> recommendations = new LinkedHashMap<>();
    private final Set<String> missedDeadlines = new HashSet<>();

    private CaseFile(String caseId, boolean reviewCase) {
        this.caseId = caseId;
        this.reviewCase = reviewCase;
        this.acknowledged = reviewCase; // the office opened it itself: there is nobody to acknowledge
    }

    /** The case file of a complaint someone filed. */
    public static CaseFile forComplaint(String complaintId) {
        return new CaseFile(complaintId, false);
    }

    /** The case file of a review the office opened itself. */
    public static CaseFile forReview(String caseId) {
        return new CaseFile(caseId, true);
    }

    // ---- what the rules read (CaseState)

    @Override public boolean reviewCase() { return reviewCase; }
    @Override public boolean acknowledged() { return acknowledged; }
    @Override public Optional<TriageDecision> triage() { return Optional.ofNullable(triage); }
    @Override public Optional<String> investigatorId() { return Optional.ofNullable(investigatorId); }
    @Override public boolean withdrawn() { return withdrawn; }
    @Override public boolean closed() { return closed; }
    @Override public Map<String, Optional<Finding>> allegations() { return Collections.unmodifiableMap(allegations); }
    @Override public Map<String, Referral> referrals() { return Collections.unmodifiableMap(referrals); }
    @Override public Map<String, Recommendation> recommendations() { return Collections.unmodifiableMap(recommendations); }

    // ---- commands

    @CommandHandler
    void handle(AcknowledgeComplaintCommand command) {
        Ruling.all(OnlyTheCaseWorkers.check(command.actor(), this), ClosedCaseChangesOnlyByReopening.check(this),
                AcknowledgeOnce.check(this)).orThrow();
        apply(new ComplaintAcknowledgedEvent(caseId, command.acknowledgedAt(), command.actor()));
    }

    @CommandHandler
    void handle(TriageComplaintCommand command, DeadlineManager deadlineManager, CaseDeadlines deadlines) {
        Ruling.all(OmbudspersonDecides.check(command.actor()), ClosedCaseChangesOnlyByReopening.check(this),
                TriageOnceAfterAcknowledgement.check(this, command.decision(), command.referredAgency(),
                        command.duplicateOf())).orThrow();
        var due = command.decision() == TriageDecision.ACCEPT ? deadlines.investigationDue(command.triagedAt()) : null;
        apply(new ComplaintTriagedEvent(caseId, command.decision(), trimmed(command.referredAgency()),
                trimmed(command.duplicateOf()), command.triagedAt(), command.actor(), due));
        if (due != null) {
            deadlines.schedule(deadlineManager, DeadlineKind.INVESTIGATION, null, null, due);
        }
    }

    @CommandHandler
    void handle(AssignInvestigatorCommand command) {
        Ruling.all(OmbudspersonDecides.check(command.actor()), ClosedCaseChangesOnlyByReopening.check(this),
                NoInvestigationBeforeAcceptance.check(this), InvestigatorIsOfficeStaff.check(command.investigator()))
                .orThrow();
        apply(new InvestigatorAssignedEvent(caseId, command.investigator(), command.assignedAt(), command.actor()));
    }

    @CommandHandler
    void handle(RecordAllegationCommand command) {
        Ruling.all(Ruling.require(command.allegationId() != null && command.provision() != null
                                && command.department() != null, "RecordAllegation",
                        "rule.RecordAllegation"),
                OnlyTheCaseWorkers.check(command.actor(), this), ClosedCaseChangesOnlyByReopening.check(this),
                NoInvestigationBeforeAcceptance.check(this),
                FindingPerRecordedAllegation.checkNew(this, command.allegationId())).orThrow();
        apply(new AllegationRecordedEvent(caseId, command.allegationId(), command.provision(), command.department(),
                command.recordedAt(), command.actor()));
    }

    @CommandHandler
    void handle(RecordInvestigativeStepCommand command) {
        Ruling.all(Ruling.require(command.stepId() != null && command.kind() != null && command.notes() != null,
                        "RecordInvestigativeStep", "rule.RecordInvestigativeStep"),
                OnlyTheCaseWorkers.check(command.actor(), this), ClosedCaseChangesOnlyByReopening.check(this),
                NoInvestigationBeforeAcceptance.check(this)).orThrow();
        apply(new InvestigativeStepRecordedEvent(caseId, command.stepId(), command.kind(), command.notes(),
                command.recordedAt(), command.actor(), command.documents()));
    }

    @CommandHandler
    void handle(SendDepartmentReferralCommand command, DeadlineManager deadlineManager, CaseDeadlines deadlines) {
        Ruling.all(Ruling.require(command.referralId() != null && command.department() != null
                                && command.questions() != null, "SendDepartmentReferral",
                        "rule.SendDepartmentReferral"),
                OnlyTheCaseWorkers.check(command.actor(), this), ClosedCaseChangesOnlyByReopening.check(this),
                NoInvestigationBeforeAcceptance.check(this), ReferralHasAFutureDueDate.check(this, command.referralId(),
                        deadlines.day(command.sentAt()), command.dueDate())).orThrow();
        apply(new DepartmentReferralSentEvent(caseId, command.referralId(), command.department(), command.sentAt(),
                command.dueDate(), command.questions(), command.actor()));
        deadlines.schedule(deadlineManager, DeadlineKind.DEPARTMENT_RESPONSE, command.referralId(),
                command.department(), command.dueDate());
    }

    @CommandHandler
    void handle(RespondToReferralCommand command) {
        Ruling.all(Ruling.require(command.response() != null, "RespondToReferral", "rule.RespondToReferral"),
                LiaisonAnswersForOwnDepartment.checkResponse(command.actor(), this, command.referralId()),
                ClosedCaseChangesOnlyByReopening.check(this)).orThrow();
        apply(new DepartmentRespondedEvent(caseId, command.referralId(),
                referrals.get(command.referralId()).department(), command.respondedAt(), command.response(),
                command.actor(), command.documents()));
    }

    @CommandHandler
    void handle(RecordFindingCommand command) {
        Ruling.all(OnlyTheCaseWorkers.check(command.actor(), this), ClosedCaseChangesOnlyByReopening.check(this),
                NoInvestigationBeforeAcceptance.check(this),
                FindingPerRecordedAllegation.checkFinding(this, command.allegationId(), command.finding())).orThrow();
        apply(new FindingRecordedEvent(caseId, command.allegationId(), command.finding(), command.recordedAt(),
                command.actor()));
    }

    @CommandHandler
    void handle(MakeRecommendationCommand command) {
        Ruling.all(Ruling.require(command.recommendationId() != null && command.department() != null
                                && command.text() != null && !command.text().isBlank(), "MakeRecommendation",
                        "rule.MakeRecommendation"),
                Ruling.require(!recommendations.containsKey(command.recommendationId()), "MakeRecommendation",
                        "rule.MakeRecommendation.once"),
                FreeTextNamesNoOne.check("recommendation", command.text()),
                OmbudspersonDecides.check(command.actor()), ClosedCaseChangesOnlyByReopening.check(this),
                NoInvestigationBeforeAcceptance.check(this)).orThrow();
        apply(new RecommendationMadeEvent(caseId, command.recommendationId(), command.department(),
                command.text().strip(), command.madeAt(), command.actor()));
    }

    /** Departments answer recommendations also after closure: the answer is part of the public record, not a change to the case. */
    @CommandHandler
    void handle(AnswerRecommendationCommand command) {
        LiaisonAnswersForOwnDepartment.checkAnswer(command.actor(), this, command.recommendationId(), command.answer())
                .orThrow();
        apply(new RecommendationAnsweredEvent(caseId, command.recommendationId(),
                recommendations.get(command.recommendationId()).department(), command.answer(),
                command.answeredAt(), command.actor()));
    }

    @CommandHandler
    void handle(CloseComplaintCommand command) {
        Ruling.all(OmbudspersonDecides.check(command.actor()), ClosedCaseChangesOnlyByReopening.check(this),
                NoClosingWithOpenAllegations.check(this, command.publicSummary()),
                FreeTextNamesNoOne.check("publicSummary", command.publicSummary()),
                ClosingConfirmsTheOutcome.check(this, command.confirmedOutcome())).orThrow();
        apply(new ComplaintClosedEvent(caseId, command.closedAt(), outcome(), command.publicSummary().strip(),
                command.actor()));
    }

    @CommandHandler
    void handle(ReopenComplaintCommand command) {
        Ruling.all(Ruling.require(command.reason() != null, "ReopenComplaint", "rule.ReopenComplaint"),
                OmbudspersonDecides.check(command.actor()), ReopenOnlyClosed.check(this)).orThrow();
        apply(new ComplaintReopenedEvent(caseId, command.reopenedAt(), command.reason(), command.actor()));
    }

    /** The complainant withdraws: on the status page ({@code actor} null), or through the office, who records it. */
    @CommandHandler
    void handle(WithdrawComplaintCommand command) {
        Ruling.all(command.actor() == null ? Ruling.allow() : OnlyTheCaseWorkers.check(command.actor(), this),
                ClosedCaseChangesOnlyByReopening.check(this), WithdrawalByTheComplainant.check(this)).orThrow();
        apply(new ComplaintWithdrawnEvent(caseId, command.withdrawnAt(), command.actor()));
    }

    /**
     * A durable deadline fired. It records a miss only if the work is still undone (deadlines are never
     * cancelled: a deadline met in time simply finds nothing to report) and only once per deadline.
     */
    @DeadlineHandler(deadlineName = DeadlinePassed.DEADLINE_NAME)
    void on(DeadlinePassed deadline) {
        if (closed || missedDeadlines.contains(deadline.key())) {
            return;
        }
        boolean missed = switch (deadline.kind()) {
            case ACKNOWLEDGEMENT -> !acknowledged;
            case DEPARTMENT_RESPONSE -> referral(deadline.referenceId()).map(r -> !r.answered()).orElse(false);
            case INVESTIGATION -> accepted() && !withdrawn;
        };
        if (missed) {
            apply(new DeadlineMissedEvent(caseId, deadline.kind(), deadline.referenceId(), deadline.department(),
                    deadline.dueDate(), deadline.passesAt()));
        }
    }

    // ---- events

    @EventSourcingHandler
    void on(ComplaintAcknowledgedEvent event) {
        acknowledged = true;
    }

    @EventSourcingHandler
    void on(ComplaintTriagedEvent event) {
        triage = event.decision();
    }

    @EventSourcingHandler
    void on(InvestigatorAssignedEvent event) {
        investigatorId = event.investigator().userId();
    }

    @EventSourcingHandler
    void on(AllegationRecordedEvent event) {
        allegations.putIfAbsent(event.allegationId(), Optional.empty());
    }

    @EventSourcingHandler
    void on(DepartmentReferralSentEvent event) {
        referrals.put(event.referralId(), new Referral(event.department(), false, event.dueDate()));
    }

    @EventSourcingHandler
    void on(DepartmentRespondedEvent event) {
        referrals.computeIfPresent(event.referralId(),
                (id, referral) -> new Referral(referral.department(), true, referral.dueDate()));
    }

    @EventSourcingHandler
    void on(FindingRecordedEvent event) {
        allegations.put(event.allegationId(), Optional.of(event.finding()));
    }

    @EventSourcingHandler
    void on(RecommendationMadeEvent event) {
        recommendations.put(event.recommendationId(), new Recommendation(event.department(), null));
    }

    @EventSourcingHandler
    void on(RecommendationAnsweredEvent event) {
        recommendations.computeIfPresent(event.recommendationId(),
                (id, recommendation) -> new Recommendation(recommendation.department(), event.answer()));
    }

    @EventSourcingHandler
    void on(ComplaintClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(ComplaintReopenedEvent event) {
        closed = false;
        withdrawn = false;
    }

    @EventSourcingHandler
    void on(ComplaintWithdrawnEvent event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(DeadlineMissedEvent event) {
        missedDeadlines.add(new DeadlinePassed(event.deadline(), event.referenceId(), null, null, null).key());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
