package org.sanctuaryoversight.complaint.messages;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.sanctuaryoversight.complaint.casework.CaseState;
import org.sanctuaryoversight.complaint.casework.CaseworkPolicies.OnlyTheCaseWorkers;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.ruling.Ruling;

/**
 * The messages section of a complaint (an aggregate member): the two-way conversation between the complainant and
 * the office. Either side may write at any stage, closed complaints included (a closed case can still prompt a
 * question). Text is sealed before it reaches the command. On the office's side, the people who work the case write.
 *
 * <p>Public only so that the complaint aggregate can hold it; everything else is package-private.
 */
public final class Conversation {

    private final String complaintId;
    private final boolean withComplainant;
    private final CaseState caseFile;

    private Conversation(String complaintId, boolean withComplainant, CaseState caseFile) {
        this.complaintId = complaintId;
        this.withComplainant = withComplainant;
        this.caseFile = caseFile;
    }

    public static Conversation withComplainant(String complaintId, CaseState caseFile) {
        return new Conversation(complaintId, true, caseFile);
    }

    /** A review case the office opened itself: there is nobody to write to. */
    public static Conversation none(String caseId, CaseState caseFile) {
        return new Conversation(caseId, false, caseFile);
    }

    @CommandHandler
    void handle(SendComplainantMessageCommand command) {
        Ruling.all(wellFormed(command.messageId(), command.text()), someoneToWriteTo()).orThrow();
        apply(new ComplainantMessageSentEvent(complaintId, command.messageId(), command.sentAt(), command.text()));
    }

    @CommandHandler
    void handle(SendOfficeMessageCommand command) {
        Ruling.all(wellFormed(command.messageId(), command.text()),
                OnlyTheCaseWorkers.check(command.sender(), caseFile), someoneToWriteTo()).orThrow();
        apply(new OfficeMessageSentEvent(complaintId, command.messageId(), command.sentAt(), command.text(),
                command.sender().userId()));
    }

    private static Ruling wellFormed(String messageId, Sealed text) {
        return Ruling.require(messageId != null && !messageId.isBlank() && text != null, "SendMessage",
                "rule.SendMessage");
    }

    private Ruling someoneToWriteTo() {
        return withComplainant ? Ruling.allow() : Ruling.conflict("OnlyAComplainantIsWrittenTo", "rule.OnlyAComplainantIsWrittenTo");
    }
}
