package org.sanctuaryoversight.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.EndpointRules;
import org.sanctuaryoversight.report.rendering.Headline;
import org.sanctuaryoversight.report.publication.PublicationConfirmation;
import org.sanctuaryoversight.report.publication.PublicationPreview;
import org.sanctuaryoversight.report.publication.PublishedBundles;
import org.sanctuaryoversight.report.publication.PublishingReport;
import org.sanctuaryoversight.report.publication.ReportArchive;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.report.publication.NotPublishable;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.rendering.ReportWords;
import org.sanctuaryoversight.report.ReportingPeriod;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Publishing as a careful office does it, in pages: each ended period with its state and audit; a preview of the
 * exact bundle (the real HTML) with a confirmation naming the period and version; and, once published, the version's
 * page showing the rendering's progress and then the public links.
 */
@Controller
@PreAuthorize("hasAnyRole('OMBUDSPERSON','ADMIN','AUDITOR')")
record StaffReportsController(PublishingReport publishing, PeriodDrafts drafts, ReportArchive archive,
                               PublishedBundles bundles, PublicationState publications, MessageSource messages,
                               EndpointRules rules) {

    /** The publish endpoint: its {@code @PreAuthorize} is the one statement of who publishes. */
    static final String PUBLISH = "/staff/reports/{period}/publish";

    /** One ended period on the staff page. */
    record PeriodRow(int number, LocalDate start, LocalDate lastDay, int publishedVersions, boolean stored,
                     boolean auditPassed, String auditDetail, long documentedSinceLatest, Integer waitsFor,
                     Integer beingArchived) {
    }

    @GetMapping("/staff/reports")
    String page(Model model) {
        List<PeriodRow> rows = new ArrayList<>();
        // Periods are published in order: a period waits for the first one not yet published before it.
        Integer firstUnpublished = null;
        // Right after a publication the archive may not have it yet: say so rather than offer to publish it again.
        boolean archiveCaughtUp = publications.archiveCaughtUp();
        for (ReportingPeriod period : publishing.endedPeriods()) {
            PeriodDrafts.PeriodState state = drafts.period(period.number());
            var draft = state.draft();
            int versions = state.publishedVersions();
            Integer beingArchived = archiveCaughtUp ? null
                    : publications.beingArchived(period.number(), versions).orElse(null);
            rows.add(new PeriodRow(period.number(), period.start(), period.lastDay(), versions,
                    versions == 0 || bundles.isStored(period.number(), versions), draft.audit().passed(),
                    draft.audit().passed() ? "" : draft.audit().exposures().get(0).reason(),
                    state.documentedSinceLatest(), versions == 0 ? firstUnpublished : null, beingArchived));
            if (versions == 0 && firstUnpublished == null) {
                firstUnpublished = period.number();
            }
        }
        Collections.reverse(rows);
        model.addAttribute("periods", rows);
        model.addAttribute("mayPublish", mayPublish());
        return "reports/staff";
    }

    @GetMapping("/staff/reports/{period}/preview")
    String preview(@PathVariable int period, @AuthenticationPrincipal StaffPrincipal principal, Model model,
                   Locale locale) {
        return previewPage(period, principal, model, locale);
    }

    /** The previewed version's pages, exactly as they would be published (the real HTML and its stylesheet). */
    @GetMapping("/staff/reports/{period}/preview/{file:[A-Za-z0-9._-]+}")
    org.springframework.http.ResponseEntity<byte[]> previewFile(@PathVariable int period, @PathVariable String file) {
        PublicationPreview preview = ended(period);
        byte[] bytes = switch (file) {
            case "report.css" -> bundles.renderer().stylesheet();
            case "report-scripts.css" -> bundles.renderer().scriptsStylesheet();
            default -> previewPage(preview, file);
        };
        return org.springframework.http.ResponseEntity.ok().contentType(ReportFilesController.type(file)).body(bytes);
    }

    /** {@code index.html} (English) or {@code index.<language>.html}, for each language the version would have. */
    private byte[] previewPage(PublicationPreview preview, String file) {
        return org.sanctuaryoversight.report.rendering.ReportLabels.languagesOf(preview.event()).stream()
                .filter(language -> file.equals(language.equals("en") ? "index.html" : "index." + language + ".html"))
                .findFirst().map(language -> bundles.renderer().html(preview.event(), language))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping(PUBLISH)
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    String publish(@PathVariable int period, @RequestParam(required = false) String erratum,
                   @RequestParam(required = false) Integer version, @RequestParam(required = false) String draftDigest,
                   @RequestParam(required = false) String confirm, @AuthenticationPrincipal StaffPrincipal principal,
                   Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        // Without the ticked confirmation there is nothing confirmed, whatever else the form carries.
        PublicationConfirmation confirmation = confirm == null || version == null ? null
                : new PublicationConfirmation(version, draftDigest);
        try {
            int published = publishing.publish(period, principal.member(), erratum, confirmation);
            // At once, archived or not: the version's page shows where it stands and reloads itself until archived.
            return "redirect:/staff/reports/" + period + "/v" + published;
        } catch (Refusal e) {
            NotPublishable reason = NotPublishable.of(e).orElseThrow(() -> e);
            response.setStatus(Refusals.status(e.ruling()).value());
            model.addAttribute("blocked", messages.getMessage(e.ruling().reasonKey(), new Object[] {period}, locale));
            model.addAttribute("erratum", erratum);
            if (reason == NotPublishable.UNKNOWN_PERIOD || reason == NotPublishable.PERIOD_NOT_ENDED) {
                return "reports/blocked";
            }
            return previewPage(period, principal, model, locale);
        }
    }

    /**
     * A published version's state: being archived (published a moment ago: the page reloads itself until the archive
     * has it), rendering (with its progress), or public with its links.
     */
    @GetMapping("/staff/reports/{period}/v{version}")
    String version(@PathVariable int period, @PathVariable int version, Model model) {
        model.addAttribute("period", period);
        model.addAttribute("version", version);
        ReportPublishedEvent publication = archive.find(period, version).orElse(null);
        if (publication == null) {
            if (!publications.published(period, version)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            model.addAttribute("archiving", true);
            return "reports/version";
        }
        model.addAttribute("archiving", false);
        model.addAttribute("publishedAt", publication.publishedAt());
        model.addAttribute("stored", bundles.isStored(period, version));
        model.addAttribute("progress", bundles.progress(period, version).orElse(null));
        return "reports/version";
    }

    private String previewPage(int period, StaffPrincipal principal, Model model, Locale locale) {
        PublicationPreview preview = ended(period);
        ReportWords words = ReportWords.of(preview.event(), ReportsPageController.language(locale));
        model.addAttribute("period", period);
        model.addAttribute("start", preview.draft().period().start());
        model.addAttribute("lastDay", preview.draft().period().lastDay());
        model.addAttribute("version", preview.version());
        model.addAttribute("draftDigest", preview.draftDigest());
        model.addAttribute("headline", Headline.sentences(preview.event(), words));
        model.addAttribute("auditPassed", preview.draft().audit().passed());
        model.addAttribute("auditDetail", preview.draft().audit().passed() ? ""
                : preview.draft().audit().exposures().get(0).reason());
        model.addAttribute("canPublish", mayPublish());
        return "reports/preview";
    }

    /** The preview of an ended period; 404 for a period that has not ended (nothing to preview yet). */
    private PublicationPreview ended(int period) {
        if (period < 1 || publishing.endedPeriods().stream().noneMatch(ended -> ended.number() == period)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return publishing.preview(period);
    }

    /** Whether the publish endpoint's rule admits the signed-in person (others read the previews). */
    private boolean mayPublish() {
        return rules.allow(RequestMethod.POST, PUBLISH);
    }
}
