package org.sanctuaryoversight.app.security;

import org.sanctuaryoversight.app.web.WorkList;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where sign-in lands: who is signed in, what is waiting for them (the work list every capability contributes to),
 * the areas their role opens (and only those), and sign-out.
 * The list mirrors the access rules of each area; {@code StaffHomeTest} follows every link as every role.
 */
@Controller
class StaffHomeController {

    /** One staff area: its page and the roles it is open to. */
    record Area(String key, String path, Set<StaffRole> roles) {
    }

    static final List<Area> AREAS = List.of(
            new Area("cases", "/staff/cases", EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.INVESTIGATOR, StaffRole.AUDITOR)),
            new Area("intake", "/staff/intake", EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.INVESTIGATOR, StaffRole.ADMIN)),
            new Area("referrals", "/staff/department/referrals", EnumSet.of(StaffRole.DEPARTMENT_LIAISON)),
            new Area("registry", "/staff/registry", EnumSet.of(StaffRole.DEPARTMENT_LIAISON, StaffRole.OMBUDSPERSON)),
            new Area("reports", "/staff/reports", EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.ADMIN, StaffRole.AUDITOR)),
            new Area("accessLog", "/staff/access-log", EnumSet.of(StaffRole.ADMIN, StaffRole.AUDITOR)),
            new Area("accounts", "/staff/accounts", EnumSet.of(StaffRole.ADMIN)),
            new Area("deadLetters", "/staff/operations/dead-letters", EnumSet.of(StaffRole.ADMIN)));

    static List<Area> areasOf(StaffRole role) {
        return AREAS.stream().filter(area -> area.roles().contains(role)).toList();
    }

    private final List<WorkList> workLists;

    StaffHomeController(List<WorkList> workLists) {
        this.workLists = workLists;
    }

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffRole role = principal.member().role();
        model.addAttribute("member", principal.member());
        model.addAttribute("areas", areasOf(role));
        model.addAttribute("work", workLists.stream().flatMap(list -> list.itemsFor(principal.member()).stream())
                .filter(item -> item.count() > 0)
                .sorted(java.util.Comparator.comparing(WorkList.WorkItem::urgent).reversed())
                .toList());
        return "security/home";
    }
}
