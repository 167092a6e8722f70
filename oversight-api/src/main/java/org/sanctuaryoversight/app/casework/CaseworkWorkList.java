package org.sanctuaryoversight.app.casework;

import java.util.ArrayList;
import java.util.List;
import org.sanctuaryoversight.app.web.WorkList;
import org.sanctuaryoversight.complaint.casework.CaseStage;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.CaseCounts;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.CaseFilter;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.stereotype.Component;

/**
 * Casework's part of the work list: for the ombudsperson, complaints to acknowledge, triage and assign, overdue
 * deadlines and messages awaiting a reply; for an investigator, their cases, their overdue ones and their messages;
 * for a department liaison, referrals and recommendations awaiting their department's answer.
 */
@Component
record CaseworkWorkList(Casework casework, ComplaintMessaging messaging) implements WorkList {

    @Override
    public List<WorkItem> itemsFor(StaffMember member) {
        List<WorkItem> items = new ArrayList<>();
        if (member.role() == StaffRole.OMBUDSPERSON) {
            CaseCounts counts = casework.counts(null);
            items.add(new WorkItem("home.work.acknowledge", counts.at(CaseStage.AWAITING_ACKNOWLEDGEMENT),
                    "/staff/cases?stage=AWAITING_ACKNOWLEDGEMENT", false));
            items.add(new WorkItem("home.work.triage", counts.at(CaseStage.AWAITING_TRIAGE),
                    "/staff/cases?stage=AWAITING_TRIAGE", false));
            items.add(new WorkItem("home.work.assign", counts.at(CaseStage.AWAITING_ASSIGNMENT),
                    "/staff/cases?stage=AWAITING_ASSIGNMENT", false));
            items.add(new WorkItem("home.work.overdue", counts.overdue(), "/staff/cases?overdue=true", true));
            items.add(new WorkItem("home.work.messages", awaitingReply(null), "/staff/cases?awaitingReply=true", false));
        } else if (member.role() == StaffRole.INVESTIGATOR) {
            CaseCounts mine = casework.counts(member.userId());
            long open = mine.byStage().entrySet().stream()
                    .filter(e -> e.getKey() != CaseStage.CLOSED && e.getKey() != CaseStage.DECLINED
                            && e.getKey() != CaseStage.WITHDRAWN)
                    .mapToLong(java.util.Map.Entry::getValue).sum();
            items.add(new WorkItem("home.work.myCases", open, "/staff/cases", false));
            items.add(new WorkItem("home.work.myOverdue", mine.overdue(), "/staff/cases?overdue=true", true));
            items.add(new WorkItem("home.work.messages", awaitingReply(member.userId()), "/staff/cases?awaitingReply=true",
                    false));
        } else if (member.role() == StaffRole.DEPARTMENT_LIAISON) {
            var referrals = casework.inbox(member.department(), true);
            items.add(new WorkItem("home.work.referrals", referrals.size(), "/staff/department/referrals", false));
            items.add(new WorkItem("home.work.referralsOverdue", referrals.stream().filter(r -> r.overdue()).count(),
                    "/staff/department/referrals", true));
            items.add(new WorkItem("home.work.recommendations",
                    casework.recommendationsTo(member.department(), true).size(),
                    "/staff/department/referrals#recommendations-heading", false));
        }
        return items;
    }

    /** Conversations whose last word is the complainant's, on open cases (an investigator's own only). */
    private long awaitingReply(String assigneeId) {
        List<String> waiting = messaging.awaitingReply();
        if (waiting.isEmpty()) {
            return 0;
        }
        return casework.cases(new CaseFilter(null, null, assigneeId, false, null).withCaseIds(waiting), 0, 1).total();
    }
}
