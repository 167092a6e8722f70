package org.sanctuaryoversight.app.notification;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.InvestigatorAssignedEvent;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.springframework.stereotype.Component;

/**
 * What notifications need to know about a case, read from its own events rather than from a read model: the events
 * are the truth, and a read model of another processing group may not have reached the event being notified yet.
 * A case's stream is short (tens of events), and only the notifier reads it.
 */
@Component
record CaseHistory(EventStore events) {

    /** The investigator the case is assigned to now; empty before assignment (the ombudsperson works it). */
    Optional<String> assignee(String caseId) {
        String assignee = null;
        for (Object event : payloads(caseId)) {
            if (event instanceof InvestigatorAssignedEvent assigned) {
                assignee = assigned.investigator().userId();
            }
        }
        return Optional.ofNullable(assignee);
    }

    /** The complaint as filed (its contact sealed); empty for a review case the office opened itself. */
    Optional<ComplaintFiledEvent> filing(String caseId) {
        return payloads(caseId).stream().findFirst()
                .filter(ComplaintFiledEvent.class::isInstance).map(ComplaintFiledEvent.class::cast);
    }

    private List<Object> payloads(String caseId) {
        return events.readEvents(caseId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }
}
