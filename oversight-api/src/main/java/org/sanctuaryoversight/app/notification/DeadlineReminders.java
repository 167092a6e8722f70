package org.sanctuaryoversight.app.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.complaint.casework.CaseDeadlines;
import org.sanctuaryoversight.complaint.casework.CaseStage;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.department.Department;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.notification.Notice;
import org.sanctuaryoversight.notification.ReminderWindow;
import org.sanctuaryoversight.notification.WhoMustAct;

/**
 * The daily reminder run (a JobRunr recurring job, stored in MongoDB, run once a day by whichever instance is first):
 * every deadline still open whose due date is coming up ({@link ReminderWindow}) gets one reminder to the person who
 * must act. It reads the casework read model; a reminder's key is its case, deadline and due date, so a second run
 * the same day, or the next days, posts nothing new, while a new due date (a reopened case) is reminded again.
 * Public because JobRunr calls it.
 */
public record DeadlineReminders(Notifications notifications, QueryGateway queries, PostOffice post,
                                DepartmentDirectory departments, CaseDeadlines deadlines, ReminderWindow window,
                                Clock clock) {

    static final String JOB_ID = "deadline-reminders";
    private static final int PAGE = 100;
    /** The stages in which the investigation target runs: accepted, not yet closed, declined or withdrawn. */
    private static final List<CaseStage> INVESTIGATING = List.of(CaseStage.AWAITING_ASSIGNMENT,
            CaseStage.INVESTIGATING, CaseStage.WAITING_FOR_DEPARTMENT);

    /** The job: reminders for deadlines coming up as of today in the office's time zone. */
    public void sendDueReminders() {
        remindAsOf(deadlines.day(clock.instant()));
    }

    /** Posts the reminders due on {@code today}; answers how many letters were posted. */
    int remindAsOf(LocalDate today) {
        if (!notifications.enabled()) {
            return 0;
        }
        int posted = 0;
        for (CaseSummary summary : cases(CaseStage.AWAITING_ACKNOWLEDGEMENT)) {
            posted += remind(summary.caseId(), null, DeadlineKind.ACKNOWLEDGEMENT, summary.acknowledgementDue(),
                    null, summary.assigneeId(), today);
        }
        for (CaseStage stage : INVESTIGATING) {
            for (CaseSummary summary : cases(stage)) {
                posted += remind(summary.caseId(), null, DeadlineKind.INVESTIGATION, summary.investigationDue(),
                        null, summary.assigneeId(), today);
            }
        }
        for (Department department : departments.all()) {
            List<ReferralView> open = queries.query(new FindDepartmentReferralsQuery(department.code(), true),
                    ResponseTypes.multipleInstancesOf(ReferralView.class)).join();
            for (ReferralView referral : open) {
                posted += remind(referral.caseId(), referral.referralId(), DeadlineKind.DEPARTMENT_RESPONSE,
                        referral.dueDate(), department.code(), null, today);
            }
        }
        return posted;
    }

    private int remind(String caseId, String referralId, DeadlineKind kind, LocalDate dueDate, String department,
                       String assigneeId, LocalDate today) {
        if (!window.comingUp(dueDate, today)) {
            return 0;
        }
        String key = "reminder:" + caseId + ":" + kind + ":" + (referralId == null ? "" : referralId) + ":" + dueDate;
        return post.post(new PostOffice.Mail(key, Notice.DEADLINE_SOON, caseId, referralId, kind, dueDate),
                () -> WhoMustAct.onDeadline(kind, department, assigneeId));
    }

    private List<CaseSummary> cases(CaseStage stage) {
        List<CaseSummary> all = new java.util.ArrayList<>();
        CaseListPage page;
        int number = 0;
        do {
            page = queries.query(new FindCasesQuery(new CaseFilter(stage, null, null, false), number++, PAGE),
                    ResponseTypes.instanceOf(CaseListPage.class)).join();
            all.addAll(page.cases());
        } while (page.hasNext());
        return all;
    }
}
