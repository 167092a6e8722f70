package org.sanctuaryoversight.app.federalrequest;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sanctuaryoversight.app.security.StaffPrincipal;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.department.Department;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.federalrequest.FederalAgency;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.RequestChannel;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The liaison's form, {@code /staff/registry}: document one federal request. A liaison's department is
 * fixed to their own; posting another department is refused with 403 and a message next to the field.
 */
@Controller
@RequestMapping("/staff/registry")
@PreAuthorize("hasAnyRole('DEPARTMENT_LIAISON', 'OMBUDSPERSON')")
class StaffRegistryFormController {

    private final DocumentingFederalRequests documenting;
    private final DepartmentDirectory departments;
    private final MessageSource messages;
    private final RegistryProperties properties;

    StaffRegistryFormController(DocumentingFederalRequests documenting, DepartmentDirectory departments,
                                MessageSource messages, RegistryProperties properties) {
        this.documenting = documenting;
        this.departments = departments;
        this.messages = messages;
        this.properties = properties;
    }

    @GetMapping
    String form(@AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model) {
        return render(FederalRequestForm.empty(principal.member().department()), List.of(), principal.member(),
                locale, model);
    }

    @PostMapping
    String submit(@ModelAttribute FederalRequestForm form, @AuthenticationPrincipal StaffPrincipal principal,
                  Locale locale, Model model, HttpServletResponse response) {
        StaffMember member = principal.member();
        try {
            DocumentingFederalRequests.Documented documented = documenting.document(form, member, locale);
            model.addAttribute("documented", documented);
            return render(FederalRequestForm.empty(member.department()), List.of(), member, locale, model);
        } catch (AccessDeniedException otherDepartment) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return render(form, List.of(new FieldError("department",
                    messages.getMessage("registry.error.forbidden", null, locale))), member, locale, model);
        } catch (InvalidRequestException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(form, invalid.errors(), member, locale, model);
        }
    }

    private String render(FederalRequestForm form, List<FieldError> errors, StaffMember member, Locale locale,
                          Model model) {
        boolean liaison = member.role() == StaffRole.DEPARTMENT_LIAISON;
        List<Department> choices = departments.all().stream()
                .filter(d -> !liaison || d.code().equals(member.department())).toList();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", errors.stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a)));
        model.addAttribute("departments", choices);
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("deadlineDays", properties.documentationDeadlineDays());
        model.addAttribute("agencies", FederalAgency.values());
        model.addAttribute("channels", RequestChannel.values());
        model.addAttribute("types", RequestType.values());
        model.addAttribute("documents", LegalDocument.values());
        model.addAttribute("responses", FederalRequestResponse.values());
        return "registry/staff-form";
    }
}
