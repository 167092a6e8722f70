package org.sanctuaryoversight.app.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.report.rendering.Headline;
import org.sanctuaryoversight.report.publication.PublicationConfirmation;
import org.sanctuaryoversight.report.publication.PublicationPreview;
import org.sanctuaryoversight.report.publication.PublishingReport;
import org.sanctuaryoversight.report.rendering.ReportWords;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishing through the JSON API: the same preview and confirmation as the pages. A refused publication answers with
 * the problem document of every refusal ({@code ApiErrorHandler}): its {@code reason} names why
 * ({@code reports.blocked.CONFIRMATION_REQUIRED}, …).
 */
@RestController
class StaffReportsApiController {

    private final PublishingReport publishing;
    private final PublicationWait wait;

    StaffReportsApiController(PublishingReport publishing, PublicationWait wait) {
        this.publishing = publishing;
        this.wait = wait;
    }

    /** The version a publication would create now and the digest its confirmation must name. */
    @GetMapping("/api/v1/staff/reports/{period}/preview")
    @PreAuthorize("hasAnyRole('OMBUDSPERSON','ADMIN','AUDITOR')")
    ResponseEntity<Map<String, Object>> preview(@PathVariable int period, Locale locale) {
        PublicationPreview preview = publishing.preview(period);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", period);
        body.put("version", preview.version());
        body.put("draftDigest", preview.draftDigest());
        body.put("auditPassed", preview.draft().audit().passed());
        body.put("headline", Headline.sentences(preview.event(),
                ReportWords.of(preview.event(), ReportsPageController.language(locale))));
        return ResponseEntity.ok(body);
    }

    /** Body: {@code {"version": 1, "draftDigest": "…", "erratum": "…"}}; version and digest come from the preview. */
    record PublishRequest(Integer version, String draftDigest, String erratum) {
    }

    @PostMapping("/api/v1/staff/reports/{period}/publish")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    ResponseEntity<Map<String, Object>> publish(@PathVariable int period,
                                                @RequestBody(required = false) PublishRequest request,
                                                @AuthenticationPrincipal StaffPrincipal principal) {
        PublicationConfirmation confirmation = request == null || request.version() == null ? null
                : new PublicationConfirmation(request.version(), request.draftDigest());
        int version = publishing.publish(period, principal.member(), request == null ? null : request.erratum(),
                confirmation);
        wait.untilArchived(period, version);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("period", period, "version", version,
                "page", "/reports/" + period + "/v" + version + "/"));
    }
}
