package org.sanctuaryoversight.app.casework;

import static org.sanctuaryoversight.app.casework.CaseActionForms.CASE_PAGE;
import static org.sanctuaryoversight.app.casework.CaseActionForms.draft;
import static org.sanctuaryoversight.app.casework.CaseworkInput.parse;

import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.UploadedFiles;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.Inspection;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.complaint.casework.InvestigativeStepKind;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The investigation as page forms on the case page: allegations (by provision of the ordinance), investigative steps
 * with their documents, and a finding per allegation. Each form goes through {@link CaseActionForms#act}.
 */
@Controller
@PreAuthorize(CaseworkRoles.OFFICE)
record InvestigationFormsController(Casework casework, CaseActionForms forms) {

    @PostMapping("/staff/cases/{caseId}/allegations")
    String allegation(@PathVariable String caseId, @RequestParam(required = false) String provision,
                      @RequestParam(required = false) String department,
                      @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        AllegationCategory parsed = parse(AllegationCategory.class, provision);
        return forms.act(caseId, "allegationRecorded", "allegations", locale, redirect,
                draft("allegation-provision", provision, "allegation-department", department), () -> {
                    forms.input(locale).required("allegation-provision", parsed)
                            .department("allegation-department", department).orThrow();
                    casework.recordAllegation(caseId, principal.member(), parsed, department.strip());
                }, CASE_PAGE);
    }

    /** A step, with documents if the person attaches any (sealed with the case's key, opened only with a logged reason). */
    @PostMapping("/staff/cases/{caseId}/steps")
    String step(@PathVariable String caseId, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String notes,
                @RequestParam(name = "documents", required = false) List<MultipartFile> documents,
                @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        InvestigativeStepKind parsed = parse(InvestigativeStepKind.class, kind);
        return forms.act(caseId, "stepRecorded", "timeline", locale, redirect, draft("step-kind", kind, "step-notes", notes),
                () -> {
                    Inspection files = casework.inspect(UploadedFiles.of(documents));
                    forms.input(locale).required("step-kind", parsed).text("step-notes", notes)
                            .files("step-documents", files).orThrow();
                    casework.recordStep(caseId, principal.member(), parsed, notes, files.files());
                }, CASE_PAGE);
    }

    @PostMapping("/staff/cases/{caseId}/findings")
    String finding(@PathVariable String caseId, @RequestParam(required = false) String allegationId,
                   @RequestParam(required = false) String finding, @AuthenticationPrincipal StaffPrincipal principal,
                   Locale locale, RedirectAttributes redirect) {
        Finding parsed = parse(Finding.class, finding);
        String field = "finding-" + (allegationId == null ? "" : allegationId);
        return forms.act(caseId, "findingRecorded", "allegations", locale, redirect, draft(field, finding), () -> {
            forms.input(locale).required("finding-allegation", allegationId).required(field, parsed).orThrow();
            casework.recordFinding(caseId, principal.member(), allegationId, parsed);
        }, CASE_PAGE);
    }
}
