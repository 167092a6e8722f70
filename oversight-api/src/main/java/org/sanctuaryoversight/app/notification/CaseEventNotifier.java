package org.sanctuaryoversight.app.notification;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.DeadlineMissedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.DepartmentReferralSentEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.InvestigatorAssignedEvent;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.messages.ComplainantMessageSentEvent;
import org.sanctuaryoversight.complaint.messages.OfficeMessageSentEvent;
import org.sanctuaryoversight.notification.Notice;
import org.sanctuaryoversight.notification.WhoMustAct;
import org.springframework.stereotype.Component;

/**
 * Tells the person who must act ({@link WhoMustAct}) that a case needs them. Its own processing group, which never
 * replays: a reset, or the first start of an installation whose log predates notifications (Axon then marks the whole
 * log as a replay), mails nobody about the past. Idempotent: each letter's id is the event's id and the recipient's,
 * so an event delivered again (after a crash before the processor stored its position) posts nothing new.
 */
@ProcessingGroup(CaseEventNotifier.PROCESSING_GROUP)
@DisallowReplay
@Component
record CaseEventNotifier(PostOffice post, CaseHistory history) {

    static final String PROCESSING_GROUP = "notifications";

    @EventHandler
    void on(ComplaintFiledEvent event, @MessageIdentifier String eventId) {
        post.post(eventId, Notice.NEW_COMPLAINT, event.complaintId(), WhoMustAct::onNewComplaint);
    }

    @EventHandler
    void on(InvestigatorAssignedEvent event, @MessageIdentifier String eventId) {
        if (!event.investigator().userId().equals(event.by().userId())) {
            post.post(eventId, Notice.CASE_ASSIGNED, event.complaintId(),
                    () -> WhoMustAct.onAssignment(event.investigator().userId()));
        }
    }

    @EventHandler
    void on(ComplainantMessageSentEvent event, @MessageIdentifier String eventId) {
        post.post(eventId, Notice.COMPLAINANT_WROTE, event.complaintId(),
                () -> WhoMustAct.onComplainantMessage(history.assignee(event.complaintId()).orElse(null)));
    }

    @EventHandler
    void on(DepartmentReferralSentEvent event, @MessageIdentifier String eventId) {
        post.post(new PostOffice.Mail(eventId, Notice.REFERRAL_SENT, event.complaintId(), event.referralId(), null,
                event.dueDate()), () -> WhoMustAct.onReferral(event.department()));
    }

    @EventHandler
    void on(DeadlineMissedEvent event, @MessageIdentifier String eventId) {
        post.post(new PostOffice.Mail(eventId, Notice.DEADLINE_MISSED, event.complaintId(), event.referenceId(),
                event.deadline(), event.dueDate()), () -> WhoMustAct.onDeadline(event.deadline(), event.department(),
                history.assignee(event.complaintId()).orElse(null)));
    }

    @EventHandler
    void on(OfficeMessageSentEvent event, @MessageIdentifier String eventId) {
        post.post(eventId, Notice.OFFICE_WROTE, event.complaintId(), WhoMustAct::onOfficeMessage);
    }
}
