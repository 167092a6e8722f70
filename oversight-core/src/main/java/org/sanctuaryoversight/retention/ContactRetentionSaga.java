package org.sanctuaryoversight.retention;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintClosedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintReopenedEvent;
import org.sanctuaryoversight.privacy.LegalHoldLiftedEvent;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.privacy.PersonalDataShreddedEvent;
import org.sanctuaryoversight.privacy.ShredPersonalDataCommand;

/**
 * The retention policy as a process: a complaint's closure schedules the shredding of its personal data
 * {@link ContactRetention#period()} later on the durable deadline manager; a reopening cancels it. When the
 * deadline passes the saga asks for the shredding; a legal hold refuses it, and the saga asks again as soon
 * as the hold is lifted. It ends when the data is shredded (by this policy or by hand).
 *
 * <p>Accessors are public only so that the Jackson saga serializer can store the state.
 */
public class ContactRetentionSaga {

    static final String DEADLINE = "contact-retention";

    private String complaintId;
    private String deadlineId;
    private boolean due;

    @StartSaga
    @SagaEventHandler(associationProperty = "complaintId")
    void on(ComplaintClosedEvent event, DeadlineManager deadlines, ContactRetention retention) {
        complaintId = event.complaintId();
        SagaLifecycle.associateWith("subjectId", complaintId);
        deadlineId = deadlines.schedule(retention.shredDueAt(event.closedAt()), DEADLINE, new RetentionPassed(complaintId));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "complaintId")
    void on(ComplaintReopenedEvent event, DeadlineManager deadlines) {
        if (deadlineId != null) {
            deadlines.cancelSchedule(DEADLINE, deadlineId);
        }
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void on(RetentionPassed deadline, CommandGateway commands, ContactRetention retention) {
        deadlineId = null;
        due = true;
        shred(commands, retention);
    }

    @SagaEventHandler(associationProperty = "subjectId")
    void on(LegalHoldLiftedEvent event, CommandGateway commands, ContactRetention retention) {
        if (due) {
            shred(commands, retention);
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "subjectId")
    void on(PersonalDataShreddedEvent event, DeadlineManager deadlines) {
        if (deadlineId != null) {
            deadlines.cancelSchedule(DEADLINE, deadlineId);
        }
    }

    /** The deadline's payload (a deadline handler's first parameter is its payload). */
    public record RetentionPassed(String complaintId) {
    }

    private void shred(CommandGateway commands, ContactRetention retention) {
        try {
            commands.sendAndWait(new ShredPersonalDataCommand(complaintId, retention.reason(), ContactRetention.REQUESTED_BY));
        } catch (Refusal | CommandExecutionException refused) {
            // On legal hold (or already shredded by hand): wait for the hold to be lifted or the shredded event.
        }
    }

    public String getComplaintId() {
        return complaintId;
    }

    public void setComplaintId(String complaintId) {
        this.complaintId = complaintId;
    }

    public String getDeadlineId() {
        return deadlineId;
    }

    public void setDeadlineId(String deadlineId) {
        this.deadlineId = deadlineId;
    }

    public boolean isDue() {
        return due;
    }

    public void setDue(boolean due) {
        this.due = due;
    }
}
