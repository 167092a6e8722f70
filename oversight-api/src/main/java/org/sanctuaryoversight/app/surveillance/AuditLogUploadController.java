package org.sanctuaryoversight.app.surveillance;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.AuditLogProblem;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.surveillance.AuditLogUpload;
import org.sanctuaryoversight.surveillance.SurveillanceModule;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The upload page, {@code /staff/surveillance/upload}: a department's liaison (for their department) or the
 * ombudsperson uploads an ALPR search audit log. The file is streamed and validated whole while it arrives; a
 * bad file gets the page again with what is wrong and on which line, and nothing is stored. A good one starts
 * its import and the person lands on the import's page, which follows its progress.
 */
@Controller
@PreAuthorize("hasAnyRole('DEPARTMENT_LIAISON', 'OMBUDSPERSON')")
record AuditLogUploadController(AuditLogUploads uploads, DepartmentDirectory departments, MessageSource messages,
                                SurveillanceProperties properties, Refusals refusals, ReadModels readModels) {

    static final String FILE_FIELD = "log";

    /** The upload form; with {@code rerunOf}, the form that checks an import again under the current rules. */
    @GetMapping("/staff/surveillance/upload")
    String form(@RequestParam(required = false) String rerunOf, @RequestParam(required = false) String department,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model) {
        return render(new UploadForm(department, null, null, rerunOf), List.of(), principal.member(), locale, model);
    }

    @PostMapping(SurveillanceConfiguration.UPLOAD_PATH)
    String upload(HttpServletRequest request, @AuthenticationPrincipal StaffPrincipal principal, Locale locale,
                  Model model, HttpServletResponse response) {
        StaffMember member = principal.member();
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return refuse(response, 400, new UploadForm(null, null, null, null),
                    List.of(error("log", "surveillance.upload.error.notAForm", locale)), member, locale, model);
        }
        UploadForm form = new UploadForm(null, null, null, null);
        try {
            MultipartFormStream post = MultipartFormStream.open(request, FILE_FIELD,
                    properties.maxUploadSize().toBytes() + 64 * 1024);
            form = new UploadForm(post.field("department"), post.field("periodFrom"), post.field("periodTo"),
                    post.field("rerunOf"));
            List<FieldError> errors = new ArrayList<>();
            String department = form.department();
            if (member.role() == StaffRole.DEPARTMENT_LIAISON && department != null && !member.isLiaisonOf(department)) {
                return refuse(response, 403, form, List.of(error("department", "surveillance.upload.error.forbidden",
                        locale)), member, locale, model);
            }
            if (department == null || !departments.exists(department)) {
                errors.add(error("department", "surveillance.upload.error.department", locale));
            }
            LocalDate from = date(form.periodFrom(), "periodFrom", errors, locale);
            LocalDate to = date(form.periodTo(), "periodTo", errors, locale);
            InputStream file = post.file();
            if (file == null) {
                errors.add(error(FILE_FIELD, "surveillance.upload.error.file", locale));
            }
            if (!errors.isEmpty()) {
                return refuse(response, 400, form, errors, member, locale, model);
            }
            String importId = uploads.accept(file, new AuditLogUpload(department, from, to, form.rerunOf()), member);
            // The import's page reads the imports read model: let it see the start first.
            readModels.awaitCaughtUp(SurveillanceModule.IMPORTS_PROCESSING_GROUP);
            return "redirect:/staff/surveillance/imports/" + importId;
        } catch (AuditLogProblem problem) {
            List<String> arguments = new ArrayList<>(List.of(String.valueOf(problem.line())));
            arguments.addAll(problem.arguments());
            String text = messages.getMessage("surveillance.problem." + problem.code(), arguments.toArray(),
                    problem.getMessage(), locale);
            String where = problem.line() > 0
                    ? messages.getMessage("surveillance.problem.line", new Object[] {String.valueOf(problem.line())}, locale)
                    + " " : "";
            return refuse(response, 400, form, List.of(new FieldError(FILE_FIELD, where + text)), member, locale, model);
        } catch (AuditLogUploads.ImportRefused refused) {
            Ruling ruling = refused.ruling();
            // The same file again: link to the import it already is (not when it belongs to another department).
            model.addAttribute("existingImport", ruling.reasonKey().endsWith(".otherDepartment") ? null
                    : refused.importId());
            return refuse(response, Refusals.status(ruling).value(), form,
                    List.of(new FieldError(FILE_FIELD, refusals.reason(ruling, locale))), member, locale, model);
        } catch (Refusal refusal) {
            return refuse(response, Refusals.status(refusal.ruling()).value(), form,
                    List.of(new FieldError(FILE_FIELD, refusals.reason(refusal.ruling(), locale))), member, locale, model);
        } catch (IOException | UncheckedIOException unreadable) {
            if (MultipartFormStream.tooLarge(unreadable)) {
                return refuse(response, 413, form, List.of(error(FILE_FIELD, "surveillance.upload.error.tooLarge",
                        locale, properties.maxUploadSize().toMegabytes())), member, locale, model);
            }
            return refuse(response, 400, form, List.of(error(FILE_FIELD, "surveillance.upload.error.interrupted",
                    locale)), member, locale, model);
        }
    }

    /** What the person typed, kept when the form comes back with errors. */
    record UploadForm(String department, String periodFrom, String periodTo, String rerunOf) {
    }

    private String refuse(HttpServletResponse response, int status, UploadForm form, List<FieldError> errors,
                          StaffMember member, Locale locale, Model model) {
        response.setStatus(status);
        // The rest of the body is not read: the connection cannot carry another request.
        response.setHeader("Connection", "close");
        return render(form, errors, member, locale, model);
    }

    private String render(UploadForm form, List<FieldError> errors, StaffMember member, Locale locale, Model model) {
        boolean liaison = member.role() == StaffRole.DEPARTMENT_LIAISON;
        model.addAttribute("form", liaison && form.department() == null
                ? new UploadForm(member.department(), form.periodFrom(), form.periodTo(), form.rerunOf()) : form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", errors.stream().collect(java.util.stream.Collectors.toMap(
                FieldError::field, FieldError::message, (a, b) -> a)));
        model.addAttribute("departments", departments.all().stream()
                .filter(d -> !liaison || d.code().equals(member.department())).toList());
        model.addAttribute("language", locale.toLanguageTag());
        model.addAttribute("maxMegabytes", properties.maxUploadSize().toMegabytes());
        model.addAttribute("layouts", properties.configuredLayouts());
        return "surveillance/upload";
    }

    private LocalDate date(String text, String field, List<FieldError> errors, Locale locale) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException invalid) {
            errors.add(error(field, "surveillance.upload.error.date", locale));
            return null;
        }
    }

    private FieldError error(String field, String code, Locale locale, Object... arguments) {
        return new FieldError(field, messages.getMessage(code, arguments, locale));
    }
}
