package org.sanctuaryoversight.report.rendering;

import static org.sanctuaryoversight.report.rendering.SvgCharts.escape;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.tables.AccountabilityTables;

/**
 * The accessible HTML of a version, one document per language: the headline in words, trend and department charts
 * (inline SVG, each with its text alternative and its table), the department accountability view with how each
 * indicator is computed, every table with a caption and {@code th scope}, and how to verify the bundle. Well-formed
 * XHTML, so the PDF renderer reads the very same document. No script and no inline style.
 */
final class ReportHtml {

    static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** One-way tables also drawn as bar charts where they stand. */
    static final List<String> CHARTED = List.of("complaints_by_department", "complaints_by_channel",
            "complaints_by_language", "allegations_by_category");
    /** Tables shown in their own sections, with their charts, before the others. */
    static final List<String> FEATURED = List.of(AccountabilityTables.TRENDS, AccountabilityTables.ACCOUNTABILITY);

    /** The languages of the versions published before issue 22: their pages keep exactly their markup. */
    static final List<String> ORIGINAL_LANGUAGES = List.of("en", "es");
    /**
     * The font families of the scripts Noto Sans lacks, linked from the pages of the languages added by issue 22
     * only, so the English and Spanish pages and {@code report.css} stay as they were.
     */
    static final String SCRIPTS_STYLESHEET = "report-scripts.css";

    private ReportHtml() {
    }

    /**
     * Links to the version in its other languages, each named in itself. Two languages keep the paragraph they always
     * had; more make a list (hidden in print like the paragraph: the PDF is one language).
     */
    private static void otherLanguages(StringBuilder html, ReportPublishedEvent report, String lang) {
        List<String> languages = ReportLabels.languagesOf(report);
        boolean list = languages.size() > ORIGINAL_LANGUAGES.size();
        if (list) {
            html.append("<ul class=\"other-language\">\n");
        }
        for (String other : languages) {
            if (!other.equals(lang)) {
                ReportWords words = ReportWords.of(report, other);
                html.append(list ? "<li>" : "<p class=\"other-language\">").append("<a href=\"").append(fileName(other))
                        .append("\" hreflang=\"").append(other).append("\" lang=\"").append(other)
                        .append(words.rightToLeft() ? "\" dir=\"rtl" : "").append("\">")
                        .append(escape(words.text("report.readIn"))).append(list ? "</a></li>\n" : "</a></p>\n");
            }
        }
        if (list) {
            html.append("</ul>\n");
        }
    }

    static String fileName(String language) {
        return language.equals("en") ? "index.html" : "index." + language + ".html";
    }

    static String title(ReportPublishedEvent report, ReportWords words) {
        return words.text("report.title", report.period(), report.periodStart().toString(), report.lastDay().toString());
    }

    static String render(ReportPublishedEvent report, ReportWords words, List<String> downloads, String fingerprint) {
        StringBuilder html = new StringBuilder(65_536);
        String lang = words.language();
        String title = title(report, words);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append(words.rightToLeft() ? "\" dir=\"rtl" : "")
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(escape(title)).append("</title>\n<meta name=\"description\" content=\"")
                .append(escape(words.text("report.description"))).append("\"/>\n")
                .append("<link rel=\"stylesheet\" href=\"report.css\"/>\n");
        if (!ORIGINAL_LANGUAGES.containsAll(ReportLabels.languagesOf(report))) {
            // a version in more languages lists them in their own scripts on every page, English and Spanish too
            html.append("<link rel=\"stylesheet\" href=\"").append(SCRIPTS_STYLESHEET).append("\"/>\n");
        }
        html.append("</head>\n<body>\n<main id=\"main\">\n");
        otherLanguages(html, report, lang);
        html.append("<p class=\"office\">").append(escape(words.text("report.office"))).append("</p>\n<h1>")
                .append(escape(title)).append("</h1>\n<p class=\"version\">").append(escape(words.text("report.version",
                        report.version(), PUBLISHED.format(report.publishedAt())))).append("</p>\n");
        if (report.erratum() != null) {
            html.append("<section class=\"erratum\" aria-labelledby=\"erratum\">\n<h2 id=\"erratum\">")
                    .append(escape(words.text("report.erratum"))).append("</h2>\n<p>").append(escape(report.erratum()))
                    .append("</p>\n<p>").append(escape(words.text("report.previousManifest")))
                    .append(" <code>").append(report.previousManifestSha256()).append("</code></p>\n</section>\n");
        }
        html.append("<section class=\"headline\" aria-labelledby=\"headline\">\n<h2 id=\"headline\">")
                .append(escape(words.text("headline.title"))).append("</h2>\n");
        for (String sentence : Headline.sentences(report, words)) {
            html.append("<p>").append(escape(sentence)).append("</p>\n");
        }
        html.append("</section>\n<p>").append(escape(words.text("report.intro", report.smallCellThreshold())))
                .append("</p>\n");
        contents(html, report, words);
        ReportSections.trends(html, report, words);
        ReportSections.accountability(html, report, words);
        for (PublishedTable table : report.tables()) {
            if (!FEATURED.contains(table.id())) {
                ReportSections.section(html, table, words, CHARTED.contains(table.id()));
            }
        }
        html.append("<section aria-labelledby=\"notes\">\n<h2 id=\"notes\">").append(escape(words.text("report.notes")))
                .append("</h2>\n<ul>\n<li>").append(escape(words.text("report.note.range", report.smallCellThreshold())))
                .append("</li>\n<li>").append(escape(words.text("report.note.withheld"))).append("</li>\n<li>")
                .append(escape(words.text("report.note.multiple"))).append("</li>\n</ul>\n</section>\n");
        html.append("<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">")
                .append(escape(words.text("report.downloads"))).append("</h2>\n<ul class=\"downloads\">\n");
        for (String download : downloads) {
            // the title becomes the link annotation's description in the tagged PDF (PDF/UA 7.18.5)
            html.append("<li><a href=\"").append(escape(download)).append("\" title=\"").append(escape(download))
                    .append("\">").append(escape(download)).append("</a></li>\n");
        }
        html.append("</ul>\n<h3>").append(escape(words.text("report.verify"))).append("</h3>\n<p>")
                .append(escape(words.text("report.verify.fingerprint"))).append("</p>\n<p class=\"fingerprint\"><code>")
                .append(fingerprint).append("</code></p>\n<p>").append(escape(words.text("report.verify.intro")))
                .append("</p>\n<pre>").append(escape(String.join("\n", VerificationCommands.LINES))).append("</pre>\n")
                .append("</section>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void contents(StringBuilder html, ReportPublishedEvent report, ReportWords words) {
        html.append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">").append(escape(words.text("report.contents")))
                .append("</h2>\n<ol>\n");
        contents(report, words).forEach((anchor, text) -> item(html, anchor, text));
        html.append("</ol>\n</nav>\n");
    }

    /** The contents: section anchor → its title, in document order (the PDF describes these links with them). */
    static java.util.LinkedHashMap<String, String> contents(ReportPublishedEvent report, ReportWords words) {
        java.util.LinkedHashMap<String, String> contents = new java.util.LinkedHashMap<>();
        report.findTable(AccountabilityTables.TRENDS).ifPresent(table -> contents.put("section-trends",
                words.text("section.trends")));
        report.findTable(AccountabilityTables.ACCOUNTABILITY).ifPresent(table -> contents.put("section-accountability",
                words.text("section.accountability")));
        for (PublishedTable table : report.tables()) {
            if (!FEATURED.contains(table.id())) {
                contents.put(table.id(), words.title(table));
            }
        }
        return contents;
    }

    private static void item(StringBuilder html, String anchor, String text) {
        html.append("<li><a href=\"#").append(anchor).append("\" title=\"").append(escape(text)).append("\">")
                .append(escape(text)).append("</a></li>\n");
    }
}
