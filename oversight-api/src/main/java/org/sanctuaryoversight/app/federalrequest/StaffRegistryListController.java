package org.sanctuaryoversight.app.federalrequest;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.StaffRecordsPage;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff register, {@code /staff/registry}: the documented federal requests a person may see (a liaison their
 * department's, the ombudsperson every department's), newest first, filtered by flagged, awaiting the office's
 * approval and department, a page at a time, in words; and the way to document a new one.
 */
@Controller
record StaffRegistryListController(ReadingStaffRegister register, DepartmentDirectory departments,
                                   MessageSource messages) {

    static final String REGISTRY = "hasAnyRole('DEPARTMENT_LIAISON', 'OMBUDSPERSON')";

    @GetMapping("/staff/registry")
    @PreAuthorize(REGISTRY)
    String list(@RequestParam(required = false) String department,
                @RequestParam(defaultValue = "false") boolean flagged,
                @RequestParam(defaultValue = "false") boolean awaiting,
                @RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal StaffPrincipal principal,
                Locale locale, Model model, HttpServletResponse response) {
        StaffMember member = principal.member();
        boolean office = member.role() == StaffRole.OMBUDSPERSON;
        String departmentFilter = office && department != null && !department.isBlank() ? department.strip() : null;
        if (departmentFilter != null && !departments.exists(departmentFilter)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("filterError", messages.getMessage("registry.filter.invalid.department", null, locale));
            departmentFilter = null;
        }
        int pageNumber = pageNumber(page);
        StaffRecordsPage records = register.page(member, departmentFilter, flagged, awaiting, pageNumber - 1);
        model.addAttribute("records", records);
        model.addAttribute("wholeOffice", office);
        model.addAttribute("member", member);
        model.addAttribute("departments", departments.all());
        model.addAttribute("department", departmentFilter == null ? "" : departmentFilter);
        model.addAttribute("flagged", flagged);
        model.addAttribute("awaiting", awaiting);
        model.addAttribute("page", pageNumber);
        return "registry/staff-list";
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
