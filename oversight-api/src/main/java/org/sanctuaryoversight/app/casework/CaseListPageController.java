package org.sanctuaryoversight.app.casework;

import java.util.List;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.complaint.casework.CaseStage;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.CaseFilter;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.CaseListPage;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case list: filters (stage, department, assignee, overdue, a message awaiting the office's reply), search by
 * case number, pagination. An investigator
 * sees the cases assigned to them, and only those.
 */
@Controller
record CaseListPageController(Casework casework, CaseworkProperties properties, StaffAccounts accounts,
                              ComplaintMessaging messaging) {

    @GetMapping("/staff/cases")
    @PreAuthorize(CaseworkRoles.READERS)
    String list(@RequestParam(required = false) String stage, @RequestParam(required = false) String department,
                @RequestParam(required = false) String assignee, @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(required = false) String number,
                @RequestParam(defaultValue = "false") boolean awaitingReply, @RequestParam(defaultValue = "1") int page,
                @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember member = principal.member();
        boolean ownCasesOnly = CaseReading.ownCasesOnly(member);
        CaseStage stageFilter = CaseworkInput.parse(CaseStage.class, stage);
        String departmentFilter = CaseworkInput.blankToNull(department);
        String assigneeFilter = CaseReading.assigneeFilter(member, assignee);
        String numberFilter = CaseworkInput.blankToNull(number);
        int pageNumber = Math.max(1, page);
        CaseFilter filter = new CaseFilter(stageFilter, departmentFilter, assigneeFilter, overdue, numberFilter);
        if (awaitingReply) {
            filter = filter.withCaseIds(messaging.awaitingReply());
        }
        CaseListPage cases = casework.cases(filter, pageNumber - 1, properties.pageSize());
        model.addAttribute("cases", cases);
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("departments", casework.departments().all());
        model.addAttribute("ownCasesOnly", ownCasesOnly);
        model.addAttribute("assignees", ownCasesOnly ? List.of() : accounts.list().stream()
                .filter(a -> CaseReading.worksCases(a.role())).toList());
        model.addAttribute("stage", stageFilter == null ? "" : stageFilter.name());
        model.addAttribute("department", departmentFilter == null ? "" : departmentFilter);
        model.addAttribute("assignee", assigneeFilter == null ? "" : assigneeFilter);
        model.addAttribute("number", numberFilter == null ? "" : numberFilter);
        model.addAttribute("overdue", overdue);
        model.addAttribute("awaitingReply", awaitingReply);
        model.addAttribute("page", pageNumber);
        model.addAttribute("mayOpenReview", member.role() == StaffRole.OMBUDSPERSON);
        CaseActionForms.nothingSentBack(model);
        return "casework/cases";
    }
}
