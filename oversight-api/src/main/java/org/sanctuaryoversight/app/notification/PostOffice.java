package org.sanctuaryoversight.app.notification;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.notification.Addressee;
import org.sanctuaryoversight.notification.Notice;
import org.springframework.stereotype.Component;

/**
 * Posts one notification to everyone an addressee means (one letter each, so nobody sees another's address) and
 * has the postman send them. The complainant gets one letter, whose address is looked up only when it is sent.
 */
@Component
record PostOffice(Notifications notifications, NotificationOutbox outbox, Recipients recipients, Postman postman) {

    /**
     * What to tell, once per {@code key} (an event's id, or a reminder's deadline and due date) and recipient.
     *
     * @param referralId the referral concerned, for a department's link; null otherwise
     */
    record Mail(String key, Notice notice, String caseId, String referralId, DeadlineKind deadline, LocalDate dueDate) {
    }

    void post(String key, Notice notice, String caseId, Supplier<Addressee> addressee) {
        post(new Mail(key, notice, caseId, null, null, null), addressee);
    }

    /**
     * Answers how many letters were posted: none while mail is off (then not even who must act is worked out) or when
     * each was posted before.
     */
    int post(Mail mail, Supplier<Addressee> whoMustAct) {
        if (!notifications.enabled()) {
            return 0;
        }
        Addressee addressee = whoMustAct.get();
        int posted = 0;
        if (addressee instanceof Addressee.Complainant) {
            posted += outbox.post(letter(mail, null)) ? 1 : 0;
        } else {
            for (String staffId : recipients.staffIds(addressee)) {
                posted += outbox.post(letter(mail, staffId)) ? 1 : 0;
            }
        }
        if (posted > 0) {
            postman.deliverSoon();
        }
        return posted;
    }

    private static Letter letter(Mail mail, String staffId) {
        return new Letter(mail.key() + "/" + (staffId == null ? "complainant" : "staff:" + staffId), mail.notice(),
                mail.caseId(), staffId, mail.referralId(), mail.deadline(), mail.dueDate());
    }
}
