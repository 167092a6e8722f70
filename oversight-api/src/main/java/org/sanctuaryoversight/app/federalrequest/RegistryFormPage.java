package org.sanctuaryoversight.app.federalrequest;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector;
import org.sanctuaryoversight.department.Department;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.federalrequest.FederalAgency;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.RequestChannel;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The documentation form ({@code registry/staff-form}) as both pages use it: documenting a new request and correcting
 * one. A liaison is offered their own department only; a correction keeps the record's department.
 */
@Component
record RegistryFormPage(DepartmentDirectory departments, AttachmentInspector inspector, RegistryProperties properties) {

    /** @param fixedDepartment the record's department when correcting it; null when documenting */
    String render(FederalRequestForm form, List<FieldError> errors, StaffMember member, String fixedDepartment,
                  Locale locale, Model model) {
        boolean liaison = member.role() == StaffRole.DEPARTMENT_LIAISON;
        List<Department> choices = departments.all().stream()
                .filter(d -> fixedDepartment != null ? d.code().equals(fixedDepartment)
                        : !liaison || d.code().equals(member.department()))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", errors.stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " " + b)));
        model.addAttribute("departments", choices);
        model.addAttribute("language", locale.toLanguageTag());
        model.addAttribute("deadlineDays", properties.documentationDeadlineDays());
        model.addAttribute("maxDocuments", inspector.maxFiles());
        model.addAttribute("maxDocumentMegabytes", inspector.maxFileBytes() / (1024 * 1024));
        model.addAttribute("agencies", FederalAgency.values());
        model.addAttribute("channels", RequestChannel.values());
        model.addAttribute("types", RequestType.values());
        model.addAttribute("documents", LegalDocument.values());
        model.addAttribute("responses", FederalRequestResponse.values());
        if (!model.containsAttribute("amending")) {
            model.addAttribute("amending", false);
        }
        return "registry/staff-form";
    }
}
