package org.sanctuaryoversight.app.surveillance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.Choices;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.surveillance.AgencyDirectoryCommands.ClassifyAgencyCommand;
import org.sanctuaryoversight.surveillance.AgencyType;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.ImportingAuditLog;
import org.sanctuaryoversight.surveillance.OfficerNamesViewPurpose;
import org.sanctuaryoversight.surveillance.SurveillanceModule;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.AuditImportView;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FlaggedSearchPage;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.OfficerNamesView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The audit's pages: the overview ({@code /staff/surveillance}: imports, months without a log), one import's
 * findings (counts by agency type and rule, per agency with their review cases, the flagged searches), its
 * progress while it is checked, the flagged searches of one review case, and opening the officer names.
 */
@Controller
@RequestMapping("/staff/surveillance")
@PreAuthorize("hasAnyRole('OMBUDSPERSON', 'INVESTIGATOR', 'AUDITOR', 'DEPARTMENT_LIAISON')")
record AuditFindingsController(ReadingAuditFindings findings, ImportProgressBoard progress,
                               ImportingAuditLog importing, MessageSource messages, Refusals refusals,
                               CommandGateway commands, ReadModels readModels, Clock clock) {

    @GetMapping
    String overview(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return renderOverview(principal.member(), model);
    }

    /**
     * The ombudsperson classifies an agency the directory could not (its name tells neither its state nor that it is
     * federal). The new rule version shows at once; imports count it once checked again under it.
     */
    @PostMapping("/agencies")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String classifyAgency(@RequestParam(required = false) String agency, @RequestParam(required = false) String type,
                          @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model,
                          jakarta.servlet.http.HttpServletResponse response) {
        AgencyType chosen = Choices.named(AgencyType.class, type).orElse(null);
        try {
            commands.sendAndWait(new ClassifyAgencyCommand(agency, chosen, principal.member(), clock.instant()));
        } catch (Refusal refused) {
            response.setStatus(Refusals.status(refused.ruling()).value());
            model.addAttribute("classifyProblem", refusals.reason(refused.ruling(), locale));
            return renderOverview(principal.member(), model);
        }
        readModels.awaitCaughtUp(SurveillanceModule.CLASSIFICATIONS_PROCESSING_GROUP);
        model.addAttribute("classified", agency.strip());
        model.addAttribute("classifiedAs", chosen.name());
        return renderOverview(principal.member(), model);
    }

    private String renderOverview(StaffMember member, Model model) {
        List<AuditImportView> imports = findings.imports(member);
        model.addAttribute("imports", imports);
        model.addAttribute("missing", findings.missingLogs().stream()
                .filter(m -> member.role() != StaffRole.DEPARTMENT_LIAISON || member.isLiaisonOf(m.department())).toList());
        model.addAttribute("unclassified", findings.unclassifiedAgencies(imports, importing.rules()));
        model.addAttribute("mayClassify", member.role() == StaffRole.OMBUDSPERSON);
        model.addAttribute("classifiable", List.of(AgencyType.FEDERAL, AgencyType.OUT_OF_STATE, AgencyType.LOCAL_IN_STATE));
        model.addAttribute("mayUpload", member.role() == StaffRole.OMBUDSPERSON
                || member.role() == StaffRole.DEPARTMENT_LIAISON);
        model.addAttribute("ruleVersion", importing.rules().version());
        return "surveillance/overview";
    }

    @GetMapping("/imports/{importId}")
    String importPage(@PathVariable String importId, @RequestParam(required = false) String rule,
                      @RequestParam(required = false) String agency, @RequestParam(defaultValue = "0") int page,
                      @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return renderImport(principal.member(), importId, rule, agency, page, null, model);
    }

    /** What the page's script asks while an import is checked; the page itself says the same without script. */
    @GetMapping("/imports/{importId}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable String importId, @AuthenticationPrincipal StaffPrincipal principal) {
        AuditImportView view = findings.importFor(principal.member(), importId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("completed", view.completed() && view.pending() == null);
        progress.of(importId).ifPresent(p -> {
            answer.put("state", p.state().name());
            answer.put("percent", p.percent());
            answer.put("checked", p.done());
            answer.put("searches", p.total());
        });
        return answer;
    }

    @PostMapping("/imports/{importId}/officers")
    @PreAuthorize("hasAnyRole('OMBUDSPERSON', 'INVESTIGATOR')")
    String openOfficerNames(@PathVariable String importId, @RequestParam(required = false) String purpose,
                            @RequestParam(required = false) String note, @RequestParam(required = false) String rule,
                            @RequestParam(required = false) String agency, @RequestParam(defaultValue = "0") int page,
                            @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model,
                            jakarta.servlet.http.HttpServletResponse response) {
        StaffMember member = principal.member();
        findings.importFor(member, importId);
        OfficerNamesViewPurpose chosen = Choices.named(OfficerNamesViewPurpose.class, purpose).orElse(null);
        if (chosen == null || note == null || note.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("officerError", messages.getMessage("surveillance.officers.error.reason", null, locale));
            return renderImport(member, importId, rule, agency, page, null, model);
        }
        try {
            return renderImport(member, importId, rule, agency, page,
                    findings.openOfficerNames(member, importId, chosen, note), model);
        } catch (Refusal refused) {
            response.setStatus(Refusals.status(refused.ruling()).value());
            model.addAttribute("officerError", refusals.reason(refused.ruling(), locale));
            return renderImport(member, importId, rule, agency, page, null, model);
        }
    }

    @GetMapping("/cases/{caseId}")
    @PreAuthorize("hasAnyRole('OMBUDSPERSON', 'INVESTIGATOR', 'AUDITOR')")
    String caseSearches(@PathVariable String caseId, @RequestParam(defaultValue = "0") int page, Model model) {
        FlaggedSearchPage searches = findings.caseSearches(caseId, page);
        model.addAttribute("caseId", caseId);
        model.addAttribute("searches", searches);
        model.addAttribute("officers", Map.of());
        model.addAttribute("importId", searches.searches().isEmpty() ? null : searches.searches().get(0).importId());
        // Every search of a case has the same agency and one flag of the case's rule: name them in the heading.
        searches.searches().stream().findFirst().ifPresent(first -> {
            model.addAttribute("caseAgency", first.search().agency());
            first.search().flags().stream().filter(flag -> caseId.equals(flag.reviewCaseId())).findFirst()
                    .ifPresent(flag -> model.addAttribute("caseRule", flag.rule().name()));
        });
        return "surveillance/case-searches";
    }

    private String renderImport(StaffMember member, String importId, String rule, String agency, int page,
                                ReadingAuditFindings.OpenedNames opened, Model model) {
        AuditImportView view = findings.importFor(member, importId);
        AuditRule ruleFilter = Choices.named(AuditRule.class, rule).orElse(null);
        String agencyFilter = agency == null || agency.isBlank() ? null : agency;
        model.addAttribute("view", view);
        // The look just recorded is listed at once, even before the read model has it.
        List<OfficerNamesView> looks = new java.util.ArrayList<>(view.officerViews());
        if (opened != null && looks.stream().noneMatch(look -> look.viewedAt().equals(opened.look().viewedAt()))) {
            looks.add(opened.look());
        }
        model.addAttribute("officerViews", looks);
        model.addAttribute("progress", progress.of(importId).orElse(null));
        model.addAttribute("rules", FindingsTables.rules());
        model.addAttribute("currentRuleVersion", importing.rules().version());
        model.addAttribute("selectedRule", ruleFilter == null ? null : ruleFilter.name());
        model.addAttribute("selectedAgency", agencyFilter);
        model.addAttribute("purposes", OfficerNamesViewPurpose.values());
        model.addAttribute("mayReadSearches", ReadingAuditFindings.readsSearches(member));
        model.addAttribute("mayOpenOfficers", ReadingAuditFindings.opensOfficerNames(member));
        model.addAttribute("mayRerun", member.role() == StaffRole.OMBUDSPERSON && view.completed()
                && !importing.rules().version().equals(view.ruleVersion()));
        if (view.completed()) {
            model.addAttribute("byType", FindingsTables.byType(view.summary()));
            model.addAttribute("byAgency", FindingsTables.byAgency(importId, view.summary()));
        }
        if (view.completed() && ReadingAuditFindings.readsSearches(member)) {
            FlaggedSearchPage searches = findings.searches(importId, ruleFilter, agencyFilter, page);
            model.addAttribute("searches", searches);
            Map<Long, String> officers = new LinkedHashMap<>();
            if (opened != null) {
                searches.searches().forEach(s -> officers.put(s.search().line(), opened.opener().apply(s.search().officer())));
            }
            model.addAttribute("officers", officers);
        }
        return "surveillance/import";
    }
}
