package org.sanctuaryoversight.app.report;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.web.Languages;
import org.sanctuaryoversight.report.rendering.BundleRenderer;
import org.sanctuaryoversight.report.publication.DcatCatalogue;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.rendering.ReportWords;
import org.sanctuaryoversight.report.rendering.SvgCharts;
import org.sanctuaryoversight.report.rendering.VerificationCommands;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public reports: every period newest first with its headline and every format, the comparison of periods, the
 * DCAT catalogue for data portals, and the office's public key with its fingerprint.
 */
@Controller
record ReportsPageController(PublishedReports reports, BundleRenderer renderer, ReportsProperties properties,
                             MessageSource messages) {

    /** The trend measures compared across periods: the {@code trends} table's columns and their chart words. */
    static final List<String> COMPARED = List.of("complaints_received", "federal_requests", "flagged_federal_requests",
            "department_answers_on_time", "department_answers_late");

    @GetMapping("/reports")
    String list(Model model, Locale locale) {
        model.addAttribute("periods", reports.periods(Languages.of(locale)));
        key(model);
        return "reports/index";
    }

    @GetMapping("/reports/compare")
    String compare(Model model, Locale locale) {
        String language = Languages.of(locale).tag();
        List<ReportPublishedEvent> latest = reports.latestOfEachPeriod();
        List<ComparedPeriod> periods = new ArrayList<>();
        List<List<SvgCharts.Bar>> series = new ArrayList<>();
        COMPARED.forEach(measure -> series.add(new ArrayList<>()));
        for (ReportPublishedEvent publication : latest) {
            ReportWords words = reports.words(publication, language);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < COMPARED.size(); i++) {
                Figure figure = figure(publication, COMPARED.get(i));
                values.add(words.figure(figure));
                series.get(i).add(new SvgCharts.Bar(messages.getMessage("reports.compare.periodShort",
                        new Object[] {publication.period()}, locale), figure, words.figure(figure)));
            }
            periods.add(new ComparedPeriod(publication.period(), publication.version(),
                    publication.periodStart().toString(), publication.lastDay().toString(), values));
        }
        List<String> charts = new ArrayList<>();
        if (!latest.isEmpty()) {
            String note = messages.getMessage("reports.compare.chartNote", null, locale);
            for (int i : new int[] {0, 2, 3}) {
                charts.add(SvgCharts.columns("compare-" + COMPARED.get(i).replace('_', '-'),
                        messages.getMessage("reports.compare.measure." + COMPARED.get(i), null, locale),
                        series.get(i), note));
            }
        }
        model.addAttribute("periods", periods);
        model.addAttribute("measures", COMPARED);
        model.addAttribute("charts", charts);
        return "reports/compare";
    }

    /** One period on the comparison page: its latest version and the compared figures as people read them. */
    record ComparedPeriod(int period, int version, String periodStart, String lastDay, List<String> values) {
    }

    /**
     * The figure of a compared measure in a version: the {@code trends} row of its own period, or, for versions of
     * the first format (which had no trends table), the same figures from their tables.
     */
    static Figure figure(ReportPublishedEvent publication, String measure) {
        var trends = publication.findTable("trends");
        if (trends.isPresent()) {
            PublishedTable table = trends.get();
            return table.rows().stream().filter(row -> row.keys().get(0).equals(Integer.toString(publication.period())))
                    .findFirst().map(row -> row.figures().get(table.measureColumns().indexOf(measure)))
                    .orElse(Figure.notApplicable());
        }
        return switch (measure) {
            case "complaints_received" -> first(publication, "complaints_received", "complaints_received", 0);
            case "federal_requests" -> first(publication, "federal_requests", PublishedTable.TOTAL, 0);
            case "flagged_federal_requests" -> first(publication, "federal_requests", PublishedTable.TOTAL, 1);
            case "department_answers_on_time" -> first(publication, "pipeline", "department_responses_on_time", 0);
            case "department_answers_late" -> first(publication, "pipeline", "department_responses_late", 0);
            default -> Figure.notApplicable();
        };
    }

    private static Figure first(ReportPublishedEvent publication, String table, String key, int measure) {
        return publication.findTable(table).flatMap(t -> t.rows().stream().filter(row -> row.keys().get(0).equals(key))
                .findFirst()).map(PublishedRow::figures).map(figures -> figures.get(measure)).orElse(Figure.notApplicable());
    }

    /** Every published version as a DCAT catalogue in JSON-LD, at a stable address for data portals. */
    @GetMapping(value = "/reports/catalog.jsonld")
    ResponseEntity<String> catalogue(HttpServletRequest request, Locale locale) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json;charset=UTF-8"))
                .body(DcatCatalogue.jsonLd(reports.all(), base, messages.getMessage("site.office", null, Locale.ENGLISH)));
    }

    @GetMapping(value = "/reports/office-public.pem")
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"office-public.pem\"")
                .body(renderer.publicKeyPem());
    }

    private void key(Model model) {
        model.addAttribute("publicKey", renderer.publicKeyPem());
        model.addAttribute("fingerprint", renderer.fingerprint());
        model.addAttribute("fingerprintPublished", properties.keyFingerprintPublished());
        model.addAttribute("verifyCommands", String.join("\n", VerificationCommands.LINES));
        model.addAttribute("servedKey", VerificationCommands.SERVED_KEY);
    }

    /** The language of the staff pages' report words (the preview): English or Spanish. */
    static String language(Locale locale) {
        return "es".equals(locale.getLanguage()) ? "es" : "en";
    }
}
