package org.sanctuaryoversight.complaint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.sanctuaryoversight.complaint.casework.CaseDeadlines;
import org.sanctuaryoversight.complaint.casework.CaseFile;
import org.sanctuaryoversight.complaint.casework.OpenReviewCaseCommand;
import org.sanctuaryoversight.complaint.casework.ReviewCaseOpenedEvent;
import org.sanctuaryoversight.complaint.identity.ComplainantIdentity;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.FileComplaintCommand;
import org.sanctuaryoversight.complaint.intake.IntakeInvariants;
import org.sanctuaryoversight.complaint.messages.Conversation;
import org.sanctuaryoversight.privacy.FreeTextNamesNoOne;
import org.sanctuaryoversight.ruling.Ruling;

/**
 * One complaint (or a review case the office opened itself), from filing to closure. The aggregate keeps intake,
 * which creates it, and delegates the rest to its sections, each an aggregate member in its own package:
 * {@link CaseFile} (casework), {@link ComplainantIdentity} (who may see what, and the access log) and
 * {@link Conversation} (messages). Command handlers check the rules and apply events; only event sourcing handlers
 * change state, so the state is exactly what the event log says.
 */
class ComplaintAggregate {

    @AggregateIdentifier
    private String complaintId;
    @AggregateMember
    private CaseFile caseFile;
    @AggregateMember
    private ComplainantIdentity identity;
    @AggregateMember
    private Conversation conversation;

    ComplaintAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    ComplaintAggregate(FileComplaintCommand command, DeadlineManager deadlineManager, CaseDeadlines deadlines) {
        // Intake rules were checked on the plaintext by ComplaintIntakePolicy; these are the invariants
        // that must hold whoever sends the command.
        IntakeInvariants.check(command).orThrow();
        apply(new ComplaintFiledEvent(command.complaintId(), command.filedAt(), command.narrative(),
                command.incidentDate(), command.location(), command.departments(), command.allegations(),
                command.channel(), command.language(), command.anonymous(), command.contact(), command.receipt(),
                command.attachments()));
        deadlines.scheduleAcknowledgement(deadlineManager, command.filedAt());
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
        Ruling.all(Ruling.require(command.caseId() != null && command.department() != null
                        && command.reasonCode() != null, "OpenReviewCase", "rule.OpenReviewCase"),
                FreeTextNamesNoOne.check("reviewReason", command.reason()),
                FreeTextNamesNoOne.check("reviewSource", command.sourceReference())).orThrow();
        apply(new ReviewCaseOpenedEvent(command.caseId(), command.openedAt(), command.department(),
                command.reasonCode(), command.reason(), command.sourceReference()));
    }

    @EventSourcingHandler
    void on(ComplaintFiledEvent event) {
        complaintId = event.complaintId();
        caseFile = CaseFile.forComplaint(complaintId);
        identity = ComplainantIdentity.ofComplainant(complaintId, event.anonymous(), event.contact(),
                event.attachments().stream().map(a -> a.attachmentId()).collect(java.util.stream.Collectors.toSet()),
                caseFile);
        conversation = Conversation.withComplainant(complaintId, caseFile);
    }

    @EventSourcingHandler
    void on(ReviewCaseOpenedEvent event) {
        complaintId = event.caseId();
        caseFile = CaseFile.forReview(complaintId);
        identity = ComplainantIdentity.none(complaintId, caseFile);
        conversation = Conversation.none(complaintId, caseFile);
    }
}
