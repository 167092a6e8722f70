package org.sanctuaryoversight.app.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.NotFoundException;
import org.sanctuaryoversight.report.rendering.Headline;
import org.sanctuaryoversight.report.publication.PublicationConfirmation;
import org.sanctuaryoversight.report.publication.PublicationPreview;
import org.sanctuaryoversight.report.publication.PublishingReport;
import org.sanctuaryoversight.report.rendering.ReportWords;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Publishing through the JSON API: the same preview and confirmation as the pages. A refused publication answers with
 * the problem document of every refusal ({@code ApiErrorHandler}): its {@code reason} names why
 * ({@code reports.blocked.CONFIRMATION_REQUIRED}, …). An accepted one answers at once: {@code 201} when the archive
 * already has the version, else {@code 202} with the version's address to poll (no request thread waits for the
 * archive, see {@link PublicationState}).
 */
@RestController
record StaffReportsApiController(PublishingReport publishing, PublicationState publications,
                                  MessageSource messages) {

    /** The version a publication created, where Location of its answer points: poll it until it is archived. */
    static final String VERSION = "/api/v1/staff/reports/{period}/versions/{version}";

    /** How long a client waits before asking again: the version's staff page reloads itself as often. */
    private static final int RETRY_AFTER_SECONDS = 2;

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
    @Operation(summary = "Publish the previewed version of an ended period",
            description = "Answers as soon as the publication is accepted; nothing waits for the archive. "
                    + "A refusal is a problem document whose reason is reports.blocked.<NAME>.")
    @ApiResponse(responseCode = "201", description = "Published and already archived: {\"period\", \"version\", "
            + "\"page\"} (the public page); Location is the version",
            headers = @Header(name = HttpHeaders.LOCATION, description = "the version: " + VERSION))
    @ApiResponse(responseCode = "202", description = "Published, still being archived: {\"period\", \"version\", "
            + "\"state\": \"ARCHIVING\", \"detail\"}. Poll Location (after Retry-After seconds) until it answers 200",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "the version: " + VERSION),
                    @Header(name = HttpHeaders.RETRY_AFTER, description = "seconds before asking again")})
    @ApiResponse(responseCode = "400", description = "CONFIRMATION_REQUIRED, ERRATUM_TOO_LONG (problem document)")
    @ApiResponse(responseCode = "404", description = "UNKNOWN_PERIOD (problem document)")
    @ApiResponse(responseCode = "409", description = "PREVIEW_OUTDATED, PERIOD_NOT_ENDED, PREVIOUS_PERIOD_UNPUBLISHED, "
            + "DISCLOSURE_AUDIT_FAILED, ERRATUM_REQUIRED (problem document)")
    ResponseEntity<Map<String, Object>> publish(@PathVariable int period,
                                                @RequestBody(required = false) PublishRequest request,
                                                @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        PublicationConfirmation confirmation = request == null || request.version() == null ? null
                : new PublicationConfirmation(request.version(), request.draftDigest());
        int version = publishing.publish(period, principal.member(), request == null ? null : request.erratum(),
                confirmation);
        return answer(period, version, publications.archived(period, version).isPresent(), HttpStatus.CREATED, locale);
    }

    @GetMapping(VERSION)
    @PreAuthorize("hasAnyRole('OMBUDSPERSON','ADMIN','AUDITOR')")
    @Operation(summary = "A published version: archived, or still being archived right after its publication")
    @ApiResponse(responseCode = "200", description = "Archived: {\"period\", \"version\", \"page\"}, as publishing "
            + "answers once archived")
    @ApiResponse(responseCode = "202", description = "Published, still being archived: {\"period\", \"version\", "
            + "\"state\": \"ARCHIVING\", \"detail\"}; ask again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "seconds before asking again"))
    @ApiResponse(responseCode = "404", description = "No such version was published (problem document)")
    ResponseEntity<Map<String, Object>> version(@PathVariable int period, @PathVariable int version, Locale locale) {
        boolean archived = publications.archived(period, version).isPresent();
        if (!archived && !publications.published(period, version)) {
            throw new NotFoundException(messages.getMessage("api.notFound", null, locale));
        }
        return answer(period, version, archived, HttpStatus.OK, locale);
    }

    /**
     * The archived version as publishing always answered it ({@code archivedStatus}, so existing clients keep
     * working), or 202 while the archive has not reached it yet.
     */
    private ResponseEntity<Map<String, Object>> answer(int period, int version, boolean archived,
                                                       HttpStatus archivedStatus, Locale locale) {
        URI location = UriComponentsBuilder.fromPath(VERSION).buildAndExpand(period, version).toUri();
        if (archived) {
            return ResponseEntity.status(archivedStatus).location(location).body(Map.of("period", period,
                    "version", version, "page", "/reports/" + period + "/v" + version + "/"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", period);
        body.put("version", version);
        body.put("state", "ARCHIVING");
        body.put("detail", messages.getMessage("reports.version.archiving", new Object[] {period, version}, locale));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(location)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS)).body(body);
    }
}
