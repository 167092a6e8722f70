package org.sanctuaryoversight.report.legacy;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The accessible HTML of a version, one document per language: headings, a contents list, every table
 * with a caption and {@code th scope}, charts as inline SVG (role img, with a title) each followed by
 * its table as the text alternative. Well-formed XHTML, so the PDF renderer reads the very same
 * document. No script and no inline style: the stylesheet is {@code report.css} in the bundle.
 */
public final class HtmlReportV1 {

    static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** One-way tables drawn as bar charts too. */
    static final List<String> CHARTED = List.of("complaints_by_department", "complaints_by_channel",
            "complaints_by_language", "allegations_by_category");

    private HtmlReportV1() {
    }

    static String fileName(String language) {
        return language.equals("en") ? "index.html" : "index." + language + ".html";
    }

    static String render(PublicationV1 report, LabelsV1 labels, List<String> downloads) {
        StringBuilder html = new StringBuilder(32_768);
        String lang = labels.language();
        String title = labels.text("report.title", report.period(), report.periodStart().toString(),
                report.lastDay().toString());
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(escape(title)).append("</title>\n<link rel=\"stylesheet\" href=\"report.css\"/>\n</head>\n<body>\n");
        html.append("<main id=\"main\">\n");
        for (String other : LabelsV1.LANGUAGES) {
            if (!other.equals(lang)) {
                LabelsV1 otherLabels = new LabelsV1(other);
                html.append("<p class=\"other-language screen-only\"><a href=\"").append(fileName(other))
                        .append("\" hreflang=\"").append(other).append("\" lang=\"").append(other).append("\">")
                        .append(escape(otherLabels.text("report.readIn"))).append("</a></p>\n");
            }
        }
        html.append("<p class=\"office\">").append(escape(labels.text("report.office"))).append("</p>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n");
        html.append("<p class=\"version\">").append(escape(labels.text("report.version", report.version(),
                PUBLISHED.format(report.publishedAt())))).append("</p>\n");
        if (report.erratum() != null) {
            html.append("<section class=\"erratum\" aria-labelledby=\"erratum\">\n<h2 id=\"erratum\">")
                    .append(escape(labels.text("report.erratum"))).append("</h2>\n<p>").append(escape(report.erratum()))
                    .append("</p>\n<p>").append(escape(labels.text("report.previousManifest")))
                    .append(" <code>").append(report.previousManifestSha256()).append("</code></p>\n</section>\n");
        }
        html.append("<p>").append(escape(labels.text("report.intro", report.smallCellThreshold()))).append("</p>\n");
        html.append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">").append(escape(labels.text("report.contents")))
                .append("</h2>\n<ol>\n");
        for (TableV1 table : report.tables()) {
            html.append("<li><a href=\"#").append(table.id()).append("\">").append(escape(labels.title(table)))
                    .append("</a></li>\n");
        }
        html.append("</ol>\n</nav>\n");
        for (TableV1 table : report.tables()) {
            table(html, table, labels);
        }
        html.append("<section aria-labelledby=\"notes\">\n<h2 id=\"notes\">").append(escape(labels.text("report.notes")))
                .append("</h2>\n<ul>\n<li>").append(escape(labels.text("report.note.range", report.smallCellThreshold())))
                .append("</li>\n<li>").append(escape(labels.text("report.note.withheld"))).append("</li>\n<li>")
                .append(escape(labels.text("report.note.multiple"))).append("</li>\n</ul>\n</section>\n");
        html.append("<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">").append(escape(labels.text("report.downloads")))
                .append("</h2>\n<ul>\n");
        for (String download : downloads) {
            html.append("<li><a href=\"").append(escape(download)).append("\">").append(escape(download)).append("</a></li>\n");
        }
        html.append("</ul>\n<h3>").append(escape(labels.text("report.verify"))).append("</h3>\n<p>")
                .append(escape(labels.text("report.verify.intro"))).append("</p>\n<pre>")
                .append("sha256sum -c SHA256SUMS\n")
                .append("openssl pkeyutl -verify -pubin -inkey office-public.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig")
                .append("</pre>\n</section>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, TableV1 table, LabelsV1 labels) {
        String title = labels.title(table);
        html.append("<section aria-labelledby=\"").append(table.id()).append("\">\n<h2 id=\"").append(table.id())
                .append("\">").append(escape(title)).append("</h2>\n");
        if (CHARTED.contains(table.id()) && !table.rows().isEmpty()) {
            chart(html, table, labels, title);
        }
        html.append("<table>\n<caption>").append(escape(title)).append("</caption>\n<thead>\n<tr>");
        for (String column : table.keyColumns()) {
            html.append("<th scope=\"col\">").append(escape(labels.label("column", column))).append("</th>");
        }
        for (String measure : table.measureColumns()) {
            html.append("<th scope=\"col\" class=\"number\">").append(escape(labels.label("measure", measure))).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        if (table.rows().isEmpty()) {
            html.append("<tr><td colspan=\"").append(table.keyColumns().size() + table.measureColumns().size())
                    .append("\">").append(escape(labels.text("report.empty"))).append("</td></tr>\n");
        }
        for (RowV1 row : table.rows()) {
            boolean total = row.keys().get(0).equals(TableV1.TOTAL);
            html.append(total ? "<tr class=\"total\">" : "<tr>");
            for (int i = 0; i < row.keys().size(); i++) {
                String key = row.keys().get(i);
                String text = key.equals(TableV1.TOTAL) ? labels.text("report.total")
                        : labels.label("value." + table.keyColumns().get(i), key);
                html.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(escape(text)).append(i == 0 ? "</th>" : "</td>");
            }
            for (FigureV1 figure : row.figures()) {
                html.append("<td class=\"number").append(figure.suppressed() ? " suppressed" : "").append("\">")
                        .append(escape(labels.figure(figure))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** A horizontal bar chart; a range is drawn as a pale bar to its upper bound, a withheld cell not at all. */
    private static void chart(StringBuilder html, TableV1 table, LabelsV1 labels, String title) {
        List<RowV1> rows = table.rows().stream()
                .filter(row -> !row.keys().get(0).equals(TableV1.TOTAL)).toList();
        long max = 1;
        for (RowV1 row : rows) {
            FigureV1 figure = row.figures().get(0);
            max = Math.max(max, figure.value() != null ? figure.value() : figure.high() != null ? figure.high() : 0);
        }
        int barHeight = 22;
        int height = rows.size() * barHeight + 10;
        String id = "chart-" + table.id();
        html.append("<figure class=\"chart screen-only\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
                .append(id).append("\" width=\"640\" height=\"").append(height).append("\" viewBox=\"0 0 640 ")
                .append(height).append("\">\n<title id=\"").append(id).append("\">").append(escape(title)).append("</title>\n");
        int y = 5;
        for (RowV1 row : rows) {
            FigureV1 figure = row.figures().get(0);
            String label = labels.label("value." + table.keyColumns().get(0), row.keys().get(0));
            html.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"13\" fill=\"#1b1b1b\">")
                    .append(escape(label)).append("</text>\n");
            long length = figure.value() != null ? figure.value() : figure.high() != null ? figure.high() : 0;
            int width = (int) (length * 320 / max);
            if (width > 0) {
                html.append("<rect x=\"200\" y=\"").append(y + 3).append("\" width=\"").append(width)
                        .append("\" height=\"16\" fill=\"").append(figure.value() != null ? "#1a4480" : "#a9c4e4").append("\"/>\n");
            }
            html.append("<text x=\"").append(206 + width).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"13\" fill=\"#1b1b1b\">").append(escape(labels.figure(figure))).append("</text>\n");
            y += barHeight;
        }
        html.append("</svg>\n<figcaption>").append(escape(labels.text("report.chartAlternative"))).append("</figcaption>\n</figure>\n");
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
