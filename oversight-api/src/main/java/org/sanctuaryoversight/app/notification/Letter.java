package org.sanctuaryoversight.app.notification;

import java.time.LocalDate;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.notification.Notice;

/**
 * One notification to one person, as the outbox keeps it: what to say and about which case, never an address or
 * any text of the case. The address is looked up when it is sent (a member of staff may have changed or removed
 * theirs; a complainant's is opened from the sealed contact only then).
 *
 * @param id         what makes it unique: the event (or reminder) it answers and its recipient, so the same event
 *                   delivered twice posts nothing new
 * @param staffId    the member of staff it is for; null for the complainant of {@code caseId}
 * @param referralId the referral it is about (a referral sent or a department's deadline); null otherwise
 * @param deadline   the deadline a reminder or an overdue notice is about; null otherwise
 * @param dueDate    that deadline's (or the referral's) due date; null otherwise
 */
record Letter(String id, Notice notice, String caseId, String staffId, String referralId, DeadlineKind deadline,
              LocalDate dueDate) {

    boolean toComplainant() {
        return staffId == null;
    }
}
