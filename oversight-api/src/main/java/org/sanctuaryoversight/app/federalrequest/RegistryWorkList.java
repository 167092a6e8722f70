package org.sanctuaryoversight.app.federalrequest;

import java.util.List;
import org.sanctuaryoversight.app.web.WorkList;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.stereotype.Component;

/**
 * The registry's part of the work list: for the ombudsperson, the documented federal requests whose public summary
 * awaits the office's approval (never approved, or corrected since), and among them the flagged ones.
 */
@Component
record RegistryWorkList(ReadingStaffRegister register) implements WorkList {

    @Override
    public List<WorkItem> itemsFor(StaffMember member) {
        if (member.role() != StaffRole.OMBUDSPERSON) {
            return List.of();
        }
        return List.of(
                new WorkItem("registry.work.flagged", register.count(member, true, true),
                        "/staff/registry?flagged=true&awaiting=true", false),
                new WorkItem("registry.work.awaitingApproval", register.count(member, false, true),
                        "/staff/registry?awaiting=true", false));
    }
}
