package org.sanctuaryoversight.app.report;

import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.app.security.StaffPrincipal;
import org.sanctuaryoversight.report.PublishingReport;
import org.sanctuaryoversight.report.ReportArchive;
import org.sanctuaryoversight.report.ReportDraft;
import org.sanctuaryoversight.report.ReportNotPublishableException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Publishing: the staff page with each ended period's audit and a publish button, and the JSON endpoint. */
@Controller
class StaffReportsController {

    private final PublishingReport publishing;
    private final ReportArchive archive;
    private final MessageSource messages;

    StaffReportsController(PublishingReport publishing, ReportArchive archive, MessageSource messages) {
        this.publishing = publishing;
        this.archive = archive;
        this.messages = messages;
    }

    /** One ended period on the staff page. */
    record PeriodRow(int number, String start, String lastDay, int publishedVersions, boolean auditPassed,
                     String auditDetail) {
    }

    @GetMapping("/staff/reports")
    @PreAuthorize("hasAnyRole('OMBUDSPERSON','ADMIN','AUDITOR')")
    String page(Model model) {
        java.util.List<PeriodRow> rows = new java.util.ArrayList<>(publishing.endedPeriods().stream().map(period -> {
            ReportDraft draft = publishing.preview(period.number());
            int versions = archive.latest(period.number()).map(p -> p.version()).orElse(0);
            return new PeriodRow(period.number(), period.start().toString(), period.lastDay().toString(), versions,
                    draft.audit().passed(), draft.audit().passed() ? "" : draft.audit().exposures().get(0).reason());
        }).toList());
        java.util.Collections.reverse(rows);
        model.addAttribute("periods", rows);
        return "reports/staff";
    }

    @PostMapping("/staff/reports/{period}/publish")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String publishFromPage(@PathVariable int period, @RequestParam(required = false) String erratum,
                           @AuthenticationPrincipal StaffPrincipal principal, Locale locale, RedirectAttributes redirect) {
        try {
            int version = publishing.publish(period, principal.member(), erratum);
            redirect.addFlashAttribute("published", messages.getMessage("reports.staff.published",
                    new Object[] {period, version}, locale));
        } catch (ReportNotPublishableException e) {
            redirect.addFlashAttribute("blocked", messages.getMessage("reports.blocked." + e.reason().name(),
                    new Object[] {period}, locale));
            redirect.addFlashAttribute("blockedPeriod", period);
        }
        return "redirect:/staff/reports";
    }

    /** Body: {@code {"erratum": "..."}} (required for a correction). */
    record PublishRequest(String erratum) {
    }

    @PostMapping("/api/v1/staff/reports/{period}/publish")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    @ResponseBody
    ResponseEntity<Map<String, Object>> publishApi(@PathVariable int period,
                                                   @RequestBody(required = false) PublishRequest request,
                                                   @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        try {
            int version = publishing.publish(period, principal.member(), request == null ? null : request.erratum());
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("period", period, "version", version,
                    "page", "/reports/" + period + "/v" + version + "/"));
        } catch (ReportNotPublishableException e) {
            HttpStatus status = e.reason() == ReportNotPublishableException.Reason.UNKNOWN_PERIOD
                    ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
            return ResponseEntity.status(status).body(Map.of("reason", e.reason().name(),
                    "message", messages.getMessage("reports.blocked." + e.reason().name(), new Object[] {period}, locale),
                    "detail", e.getMessage()));
        }
    }
}
