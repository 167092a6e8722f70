package org.sanctuaryoversight.complaint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.sanctuaryoversight.complaint.CaseworkCommands.*;
import org.sanctuaryoversight.complaint.CaseworkEvents.*;
import org.sanctuaryoversight.complaint.casework.CaseDeadlines;
import org.sanctuaryoversight.complaint.casework.CaseFile;
import org.sanctuaryoversight.complaint.casework.CaseRuling;
import org.sanctuaryoversight.complaint.casework.CaseworkPolicies.*;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.complaint.casework.DeadlinePassed;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.complaint.identity.ComplainantIdentityViewedEvent;
import org.sanctuaryoversight.complaint.identity.IdentityDisclosurePolicies;
import org.sanctuaryoversight.complaint.identity.RecordIdentityViewCommand;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * One complaint, from filing to closure. Command handlers check the rules and apply events; only
 * event sourcing handlers change state, so the state is exactly what the event log says.
 */
class ComplaintAggregate {

    @AggregateIdentifier
    private String complaintId;
    private ComplaintStatus status;
    /** Filed by a person who holds a receipt code (a review case opened by the office has nobody to write to). */
    private boolean hasComplainant;
    private CaseFile file;
    private final Set<String> missedDeadlines = new HashSet<>();
    /** Identity (see the section below): whether the complainant stayed anonymous, and their sealed contact, if given. */
    private boolean anonymous;
    private Sealed contact;
    private final Set<String> attachmentIds = new HashSet<>();

    ComplaintAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    ComplaintAggregate(FileComplaintCommand command, DeadlineManager deadlineManager, CaseDeadlines deadlines) {
        // Intake rules were checked on the plaintext by ComplaintIntakePolicy; these are the invariants
        // that must hold whoever sends the command.
        require(command.complaintId() != null, "a complaint needs an identifier");
        require(command.narrative() != null, "a complaint needs a narrative");
        require(!command.allegations().isEmpty(), "a complaint needs at least one allegation category");
        require(command.receipt() != null, "a complaint needs a receipt credential");
        require(!(command.anonymous() && command.contact() != null), "an anonymous complaint keeps no contact details");
        require(command.attachments().stream().allMatch(a -> a.attachmentId() != null && a.type() != null),
                "an attachment needs an identifier and a kind");
        apply(new ComplaintFiledEvent(command.complaintId(), command.filedAt(), command.narrative(),
                command.incidentDate(), command.location(), command.departments(), command.allegations(),
                command.channel(), command.language(), command.anonymous(), command.contact(), command.receipt(),
                command.attachments()));
        var due = deadlines.acknowledgementDue(command.filedAt());
        schedule(deadlineManager, new DeadlinePassed(DeadlineKind.ACKNOWLEDGEMENT, null, null, due, deadlines.passes(due)));
    }

    /**
     * Opens the case unless it is open: the command is idempotent by design, because the handler that sends it for a
     * flagged federal request may run again (a redelivered flag, a second flag on the same request).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenReviewCaseCommand command) {
        if (complaintId != null) {
            return;
        }
        require(command.caseId() != null, "a case needs an identifier");
        require(command.department() != null, "a review case concerns a department");
        require(command.reasonCode() != null, "a review case needs a reason");
        apply(new ReviewCaseOpenedEvent(command.caseId(), command.openedAt(), command.department(),
                command.reasonCode(), command.reason(), command.sourceReference()));
    }

    @EventSourcingHandler
    void on(ReviewCaseOpenedEvent event) {
        this.complaintId = event.caseId();
        this.status = ComplaintStatus.UNDER_REVIEW;
        this.file = new CaseFile(true);
    }

    @EventSourcingHandler
    void on(ComplaintFiledEvent event) {
        this.complaintId = event.complaintId();
        this.status = ComplaintStatus.RECEIVED;
        this.hasComplainant = true;
        this.file = new CaseFile(false);
        this.anonymous = event.anonymous();
        this.contact = event.contact();
        event.attachments().forEach(attachment -> attachmentIds.add(attachment.attachmentId()));
    }

    // ==== CASEWORK (owned by the casework capability; see docs/casework.md) ====================================
    // From acknowledgement to closure. Each handler asks the named policies in complaint.casework, then applies
    // one event. Deadlines are scheduled on the durable DeadlineManager and fire into this aggregate.

    @CommandHandler
    void handle(AcknowledgeComplaintCommand command) {
        CaseRuling.all(OfficeInvestigates.check(command.actor(), file), ClosedCaseChangesOnlyByReopening.check(file),
                AcknowledgeOnce.check(file)).orThrow();
        apply(new ComplaintAcknowledgedEvent(complaintId, command.acknowledgedAt(), command.actor()));
    }

    @CommandHandler
    void handle(TriageComplaintCommand command, DeadlineManager deadlineManager, CaseDeadlines deadlines) {
        CaseRuling.all(OmbudspersonDecides.check(command.actor()), ClosedCaseChangesOnlyByReopening.check(file),
                TriageOnceAfterAcknowledgement.check(file, command.decision(), command.referredAgency(),
                        command.duplicateOf())).orThrow();
        var due = command.decision() == TriageDecision.ACCEPT ? deadlines.investigationDue(command.triagedAt()) : null;
        apply(new ComplaintTriagedEvent(complaintId, command.decision(), trimmed(command.referredAgency()),
                trimmed(command.duplicateOf()), command.triagedAt(), command.actor(), due));
        if (due != null) {
            schedule(deadlineManager, new DeadlinePassed(DeadlineKind.INVESTIGATION, null, null, due, deadlines.passes(due)));
        }
    }

    @CommandHandler
    void handle(AssignInvestigatorCommand command) {
        CaseRuling.all(OmbudspersonDecides.check(command.actor()), ClosedCaseChangesOnlyByReopening.check(file),
                NoInvestigationBeforeAcceptance.check(file), InvestigatorIsOfficeStaff.check(command.investigator()))
                .orThrow();
        apply(new InvestigatorAssignedEvent(complaintId, command.investigator(), command.assignedAt(), command.actor()));
    }

    @CommandHandler
    void handle(RecordAllegationCommand command) {
        require(command.allegationId() != null && command.provision() != null && command.department() != null,
                "an allegation names an ordinance provision and a department");
        CaseRuling.all(OfficeInvestigates.check(command.actor(), file), ClosedCaseChangesOnlyByReopening.check(file),
                NoInvestigationBeforeAcceptance.check(file),
                FindingPerRecordedAllegation.checkNew(file, command.allegationId())).orThrow();
        apply(new AllegationRecordedEvent(complaintId, command.allegationId(), command.provision(), command.department(),
                command.recordedAt(), command.actor()));
    }

    @CommandHandler
    void handle(RecordInvestigativeStepCommand command) {
        require(command.stepId() != null && command.kind() != null && command.notes() != null,
                "an investigative step has a kind and notes");
        CaseRuling.all(OfficeInvestigates.check(command.actor(), file), ClosedCaseChangesOnlyByReopening.check(file),
                NoInvestigationBeforeAcceptance.check(file)).orThrow();
        apply(new InvestigativeStepRecordedEvent(complaintId, command.stepId(), command.kind(), command.notes(),
                command.recordedAt(), command.actor()));
    }

    @CommandHandler
    void handle(SendDepartmentReferralCommand command, DeadlineManager deadlineManager, CaseDeadlines deadlines) {
        require(command.referralId() != null && command.department() != null && command.questions() != null,
                "a referral names a department and asks questions");
        CaseRuling.all(OfficeInvestigates.check(command.actor(), file), ClosedCaseChangesOnlyByReopening.check(file),
                NoInvestigationBeforeAcceptance.check(file), ReferralHasAFutureDueDate.check(file, command.referralId(),
                        deadlines.day(command.sentAt()), command.dueDate())).orThrow();
        apply(new DepartmentReferralSentEvent(complaintId, command.referralId(), command.department(), command.sentAt(),
                command.dueDate(), command.questions(), command.actor()));
        schedule(deadlineManager, new DeadlinePassed(DeadlineKind.DEPARTMENT_RESPONSE, command.referralId(),
                command.department(), command.dueDate(), deadlines.passes(command.dueDate())));
    }

    @CommandHandler
    void handle(RespondToReferralCommand command) {
        require(command.response() != null, "a response has a text");
        CaseRuling.all(LiaisonAnswersForOwnDepartment.checkResponse(command.actor(), file, command.referralId()),
                ClosedCaseChangesOnlyByReopening.check(file)).orThrow();
        apply(new DepartmentRespondedEvent(complaintId, command.referralId(),
                file.referral(command.referralId()).orElseThrow().department(), command.respondedAt(),
                command.response(), command.actor()));
    }

    @CommandHandler
    void handle(RecordFindingCommand command) {
        CaseRuling.all(OmbudspersonDecides.check(command.actor()), ClosedCaseChangesOnlyByReopening.check(file),
                NoInvestigationBeforeAcceptance.check(file),
                FindingPerRecordedAllegation.checkFinding(file, command.allegationId(), command.finding())).orThrow();
        apply(new FindingRecordedEvent(complaintId, command.allegationId(), command.finding(), command.recordedAt(),
                command.actor()));
    }

    @CommandHandler
    void handle(MakeRecommendationCommand command) {
        require(command.recommendationId() != null && command.department() != null
                && command.text() != null && !command.text().isBlank(), "a recommendation names a department and says what to change");
        require(file.recommendation(command.recommendationId()).isEmpty(), "that recommendation was already made");
        CaseRuling.all(OmbudspersonDecides.check(command.actor()), ClosedCaseChangesOnlyByReopening.check(file),
                NoInvestigationBeforeAcceptance.check(file)).orThrow();
        apply(new RecommendationMadeEvent(complaintId, command.recommendationId(), command.department(),
                command.text().strip(), command.madeAt(), command.actor()));
    }

    /** Departments answer recommendations also after closure: the answer is part of the public record, not a change to the case. */
    @CommandHandler
    void handle(AnswerRecommendationCommand command) {
        LiaisonAnswersForOwnDepartment.checkAnswer(command.actor(), file, command.recommendationId(), command.answer())
                .orThrow();
        apply(new RecommendationAnsweredEvent(complaintId, command.recommendationId(),
                file.recommendation(command.recommendationId()).orElseThrow().department(), command.answer(),
                command.answeredAt(), command.actor()));
    }

    @CommandHandler
    void handle(CloseComplaintCommand command) {
        CaseRuling.all(OmbudspersonDecides.check(command.actor()), ClosedCaseChangesOnlyByReopening.check(file),
                NoClosingWithOpenAllegations.check(file, command.publicSummary())).orThrow();
        apply(new ComplaintClosedEvent(complaintId, command.closedAt(), file.outcome(), command.publicSummary().strip(),
                command.actor()));
    }

    @CommandHandler
    void handle(ReopenComplaintCommand command) {
        require(command.reason() != null, "a reopening gives a reason");
        CaseRuling.all(OmbudspersonDecides.check(command.actor()), ReopenOnlyClosed.check(file)).orThrow();
        apply(new ComplaintReopenedEvent(complaintId, command.reopenedAt(), command.reason(), command.actor()));
    }

    @CommandHandler
    void handle(WithdrawComplaintCommand command) {
        CaseRuling.all(OfficeInvestigates.check(command.actor(), file), ClosedCaseChangesOnlyByReopening.check(file),
                WithdrawalByTheComplainant.check(file)).orThrow();
        apply(new ComplaintWithdrawnEvent(complaintId, command.withdrawnAt(), command.actor()));
    }

    /**
     * A durable deadline fired. It records a miss only if the work is still undone (deadlines are never
     * cancelled: a deadline met in time simply finds nothing to report) and only once per deadline.
     */
    @DeadlineHandler(deadlineName = DeadlinePassed.DEADLINE_NAME)
    void on(DeadlinePassed deadline) {
        if (file.closed() || missedDeadlines.contains(deadline.key())) {
            return;
        }
        boolean missed = switch (deadline.kind()) {
            case ACKNOWLEDGEMENT -> !file.acknowledged();
            case DEPARTMENT_RESPONSE -> file.referral(deadline.referenceId()).map(r -> !r.answered()).orElse(false);
            case INVESTIGATION -> file.accepted() && !file.withdrawn();
        };
        if (missed) {
            apply(new DeadlineMissedEvent(complaintId, deadline.kind(), deadline.referenceId(), deadline.department(),
                    deadline.dueDate(), deadline.passesAt()));
        }
    }

    @EventSourcingHandler
    void on(ComplaintAcknowledgedEvent event) {
        file.recordAcknowledged();
        status = ComplaintStatus.UNDER_REVIEW;
    }

    @EventSourcingHandler
    void on(ComplaintTriagedEvent event) {
        file.recordTriage(event.decision());
        status = ComplaintStatus.UNDER_REVIEW;
    }

    @EventSourcingHandler
    void on(InvestigatorAssignedEvent event) {
        file.recordInvestigator(event.investigator().userId());
        status = file.waitingForDepartment() ? ComplaintStatus.WAITING_FOR_DEPARTMENT : ComplaintStatus.INVESTIGATING;
    }

    @EventSourcingHandler
    void on(AllegationRecordedEvent event) {
        file.recordAllegation(event.allegationId());
    }

    @EventSourcingHandler
    void on(DepartmentReferralSentEvent event) {
        file.recordReferral(event.referralId(), event.department(), event.dueDate());
        status = ComplaintStatus.WAITING_FOR_DEPARTMENT;
    }

    @EventSourcingHandler
    void on(DepartmentRespondedEvent event) {
        file.recordResponse(event.referralId());
        status = file.waitingForDepartment() ? ComplaintStatus.WAITING_FOR_DEPARTMENT
                : file.investigatorId().isPresent() ? ComplaintStatus.INVESTIGATING : ComplaintStatus.UNDER_REVIEW;
    }

    @EventSourcingHandler
    void on(FindingRecordedEvent event) {
        file.recordFinding(event.allegationId(), event.finding());
    }

    @EventSourcingHandler
    void on(RecommendationMadeEvent event) {
        file.recordRecommendation(event.recommendationId(), event.department());
    }

    @EventSourcingHandler
    void on(RecommendationAnsweredEvent event) {
        file.recordAnswer(event.recommendationId(), event.answer());
    }

    @EventSourcingHandler
    void on(ComplaintClosedEvent event) {
        file.recordClosed();
        status = ComplaintStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ComplaintReopenedEvent event) {
        file.recordReopened();
        status = file.waitingForDepartment() ? ComplaintStatus.WAITING_FOR_DEPARTMENT
                : file.investigatorId().isPresent() ? ComplaintStatus.INVESTIGATING : ComplaintStatus.UNDER_REVIEW;
    }

    @EventSourcingHandler
    void on(ComplaintWithdrawnEvent event) {
        file.recordWithdrawn();
    }

    @EventSourcingHandler
    void on(DeadlineMissedEvent event) {
        missedDeadlines.add(new DeadlinePassed(event.deadline(), event.referenceId(), null, null, null).key());
    }

    private void schedule(DeadlineManager deadlineManager, DeadlinePassed deadline) {
        deadlineManager.schedule(deadline.passesAt(), DeadlinePassed.DEADLINE_NAME, deadline);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ==== END CASEWORK =========================================================================================

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException("Rejected: " + rule);
        }
    }

    // ==== IDENTITY (access log, docs/security.md) ================================================================
    // A complainant's contact details leave the complaint only through this handler, which records who asked,
    // when and why before it hands out the sealed contact: there is no way to see them without a logged view.
    // Returning the sealed value from the command (instead of from a read model) keeps release and record one step.

    @CommandHandler
    Sealed handle(RecordIdentityViewCommand command) {
        require(command.viewedAt() != null, "a view has a time");
        if (command.attachmentId() != null) {
            // A file the complainant sent: the same people, for a stated reason; recorded before it can be opened.
            CaseRuling.all(IdentityDisclosurePolicies.OnlyCaseWorkersSeeWhoComplained.check(command.viewer(), file),
                    IdentityDisclosurePolicies.EveryViewHasAReason.check(command.purpose(), command.note()),
                    IdentityDisclosurePolicies.OnlyFilesSentWithTheComplaint.check(attachmentIds, command.attachmentId()))
                    .orThrow();
            apply(new ComplainantIdentityViewedEvent(complaintId, command.viewer().userId(),
                    command.viewer().displayName(), command.viewer().role(), command.viewedAt(), command.purpose(),
                    command.note().strip(), command.attachmentId()));
            return null;
        }
        CaseRuling.all(IdentityDisclosurePolicies.OnlyCaseWorkersSeeWhoComplained.check(command.viewer(), file),
                IdentityDisclosurePolicies.EveryViewHasAReason.check(command.purpose(), command.note()),
                IdentityDisclosurePolicies.OnlyGivenContactDetailsAreShown.check(hasComplainant, anonymous, contact != null))
                .orThrow();
        apply(new ComplainantIdentityViewedEvent(complaintId,
                command.viewer().userId(), command.viewer().displayName(), command.viewer().role(), command.viewedAt(),
                command.purpose(), command.note().strip()));
        return contact;
    }

    // ==== END IDENTITY =========================================================================================

    // ---------------------------------------------------------------------------------------------
    // Messages (intake capability): the two-way conversation between the complainant and the office.
    // Either side may write at any stage, closed complaints included (a closed case can still prompt a
    // question). Text is sealed before it reaches the command.
    // ---------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(SendComplainantMessageCommand command) {
        requireMessage(command.messageId(), command.text());
        require(hasComplainant, "only a filed complaint has a complainant to write from");
        apply(new ComplainantMessageSentEvent(complaintId, command.messageId(), command.sentAt(), command.text()));
    }

    @CommandHandler
    void handle(SendOfficeMessageCommand command) {
        requireMessage(command.messageId(), command.text());
        require(command.sender() != null, "an office message needs a sender");
        require(command.sender().role() == org.sanctuaryoversight.staff.StaffRole.OMBUDSPERSON
                        || command.sender().role() == org.sanctuaryoversight.staff.StaffRole.INVESTIGATOR,
                "only the ombudsperson or an investigator writes to a complainant");
        require(hasComplainant, "only a filed complaint has a complainant to write to");
        apply(new OfficeMessageSentEvent(complaintId, command.messageId(), command.sentAt(), command.text(),
                command.sender().userId()));
    }

    private static void requireMessage(String messageId, org.sanctuaryoversight.privacy.Sealed text) {
        require(messageId != null && !messageId.isBlank(), "a message needs an identifier");
        require(text != null, "a message needs text");
    }
    // ---------------------------------------------------------------------------------------------
    // End of messages.
    // ---------------------------------------------------------------------------------------------
}
