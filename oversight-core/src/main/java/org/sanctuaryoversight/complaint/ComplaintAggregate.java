package org.sanctuaryoversight.complaint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

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

    ComplaintAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    ComplaintAggregate(FileComplaintCommand command) {
        // Intake rules were checked on the plaintext by ComplaintIntakePolicy; these are the invariants
        // that must hold whoever sends the command.
        require(command.complaintId() != null, "a complaint needs an identifier");
        require(command.narrative() != null, "a complaint needs a narrative");
        require(!command.allegations().isEmpty(), "a complaint needs at least one allegation category");
        require(command.receipt() != null, "a complaint needs a receipt credential");
        require(!(command.anonymous() && command.contact() != null), "an anonymous complaint keeps no contact details");
        apply(new ComplaintFiledEvent(command.complaintId(), command.filedAt(), command.narrative(),
                command.incidentDate(), command.location(), command.departments(), command.allegations(),
                command.channel(), command.language(), command.anonymous(), command.contact(), command.receipt()));
    }

    @CommandHandler
    ComplaintAggregate(OpenReviewCaseCommand command) {
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
    }

    @EventSourcingHandler
    void on(ComplaintFiledEvent event) {
        this.complaintId = event.complaintId();
        this.status = ComplaintStatus.RECEIVED;
        this.hasComplainant = true;
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException("Rejected: " + rule);
        }
    }

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
