package org.sanctuaryoversight.app.federalrequest;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.PublicRegisterPage;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public register page, {@code /register}: approved records only, filterable, paginated, bilingual. */
@Controller
record PublicRegisterPageController(ReadingPublicRegister register, DepartmentDirectory departments) {

    @GetMapping("/register")
    String register(@RequestParam(required = false) String department, @RequestParam(required = false) String type,
                    @RequestParam(required = false) String document, @RequestParam(required = false) String response,
                    @RequestParam(required = false) String month, @RequestParam(defaultValue = "0") String page,
                    Locale locale, Model model, HttpServletResponse http) {
        model.addAttribute("departments", departments.all());
        model.addAttribute("language", locale.toLanguageTag());
        model.addAttribute("departmentNames", departments.all().stream().collect(java.util.stream.Collectors.toMap(
                org.sanctuaryoversight.department.Department::code, d -> d.name(locale.toLanguageTag()))));
        model.addAttribute("types", RequestType.values());
        model.addAttribute("documents", LegalDocument.values());
        model.addAttribute("responses", FederalRequestResponse.values());
        model.addAttribute("selected", new Selected(department, type, document, response, month));
        model.addAttribute("auditedLogs", register.auditedLogs());
        int pageNumber;
        try {
            pageNumber = Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException notANumber) {
            pageNumber = 0;
        }
        try {
            ReadingPublicRegister.Filters filters = register.filters(department, type, document, response, month, locale);
            PublicRegisterPage found = register.page(filters, pageNumber);
            model.addAttribute("page", found);
            model.addAttribute("query", query(filters));
            model.addAttribute("nextPage", found.hasNext() ? pageNumber + 1 : null);
            model.addAttribute("previousPage", pageNumber > 0 ? pageNumber - 1 : null);
            model.addAttribute("errors", List.of());
        } catch (InvalidRequestException invalid) {
            http.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", invalid.errors());
            model.addAttribute("page", null);
            model.addAttribute("query", "");
        }
        return "registry/register";
    }

    record Selected(String department, String type, String document, String response, String month) {
    }

    private static String query(ReadingPublicRegister.Filters filters) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        if (filters.department() != null) {
            builder.queryParam("department", filters.department());
        }
        if (filters.type() != null) {
            builder.queryParam("type", filters.type().name());
        }
        if (filters.document() != null) {
            builder.queryParam("document", filters.document().name());
        }
        if (filters.response() != null) {
            builder.queryParam("response", filters.response().name());
        }
        if (filters.month() != null) {
            builder.queryParam("month", filters.month());
        }
        String query = builder.build().encode().getQuery();
        return query == null ? "" : query;
    }
}
