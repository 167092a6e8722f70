package org.sanctuaryoversight.app.surveillance;

import java.util.ArrayList;
import java.util.List;
import org.sanctuaryoversight.app.web.WorkList;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.ImportingAuditLog;
import org.springframework.stereotype.Component;

/**
 * The audit's part of the staff home's work list: months for which a department owes the office its license-plate
 * reader search log ("log not submitted": the office and the auditor see every department, a liaison their own),
 * and, for the ombudsperson, agencies the directory cannot classify yet.
 */
@Component
record SurveillanceWorkList(ReadingAuditFindings findings, ImportingAuditLog importing) implements WorkList {

    @Override
    public List<WorkItem> itemsFor(StaffMember member) {
        if (member.role() == StaffRole.ADMIN) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        long missing = findings.missingLogs().stream()
                .filter(m -> member.role() != StaffRole.DEPARTMENT_LIAISON || member.isLiaisonOf(m.department())).count();
        items.add(new WorkItem("surveillance.work.missing", missing, "/staff/surveillance#missing-title", true));
        if (member.role() == StaffRole.OMBUDSPERSON) {
            long unclassified = findings.unclassifiedAgencies(findings.imports(member), importing.rules()).size();
            items.add(new WorkItem("surveillance.work.unclassified", unclassified,
                    "/staff/surveillance#unclassified-title", false));
        }
        return items;
    }
}
