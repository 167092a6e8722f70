package org.sanctuaryoversight.report.rendering;

import static org.sanctuaryoversight.report.rendering.SvgCharts.escape;

import java.util.List;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.tables.AccountabilityTables;

/** The sections of the report's HTML: trends, department accountability, and one per table. */
final class ReportSections {

    private ReportSections() {
    }

    /** Complaints, flagged federal requests and on-time department answers across every published period. */
    static void trends(StringBuilder html, ReportPublishedEvent report, ReportWords words) {
        report.findTable(AccountabilityTables.TRENDS).ifPresent(table -> {
            open(html, "section-trends", words.text("section.trends"));
            html.append("<p>").append(escape(words.text("section.trends.intro"))).append("</p>\n");
            String note = words.text("report.dataTable", words.title(table));
            html.append(SvgCharts.columns("chart-trend-complaints", words.text("chart.trend.complaints"),
                    series(table, 0, words), note));
            html.append(SvgCharts.columns("chart-trend-flagged", words.text("chart.trend.flagged"),
                    series(table, 2, words), note));
            html.append(SvgCharts.columns("chart-trend-on-time", words.text("chart.trend.onTime"),
                    series(table, 3, words), note));
            table(html, table, words);
            html.append("</section>\n");
        });
    }

    /** Per department: the indicators, a chart of federal requests, and how each indicator is computed. */
    static void accountability(StringBuilder html, ReportPublishedEvent report, ReportWords words) {
        report.findTable(AccountabilityTables.ACCOUNTABILITY).ifPresent(table -> {
            open(html, "section-accountability", words.text("section.accountability"));
            html.append("<p>").append(escape(words.text("section.accountability.intro"))).append("</p>\n");
            if (!table.rows().isEmpty()) {
                html.append(SvgCharts.bars("chart-departments-requests", words.text("chart.departments.requests"),
                        series(table, 0, words), words.text("report.dataTable", words.title(table))));
            }
            table(html, table, words);
            html.append("<h3>").append(escape(words.text("section.accountability.how"))).append("</h3>\n<dl>\n");
            for (String measure : table.measureColumns()) {
                html.append("<dt>").append(escape(words.labels().measure(measure))).append("</dt>\n<dd>")
                        .append(escape(words.text("how." + measure))).append("</dd>\n");
            }
            html.append("</dl>\n</section>\n");
        });
    }

    /** One table in its section, with a bar chart of its one measure when it is {@code charted}. */
    static void section(StringBuilder html, PublishedTable table, ReportWords words, boolean charted) {
        String title = words.title(table);
        open(html, table.id(), title);
        if (charted && !table.rows().isEmpty()) {
            List<SvgCharts.Bar> bars = series(table, 0, words).stream().toList();
            html.append(SvgCharts.bars("chart-" + table.id(), title, bars, words.text("report.dataTable", title)));
        }
        table(html, table, words);
        html.append("</section>\n");
    }

    private static void open(StringBuilder html, String id, String title) {
        html.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
                .append(escape(title)).append("</h2>\n");
    }

    /** The figures of one measure, one per row except the total row, labelled as the table labels them. */
    static List<SvgCharts.Bar> series(PublishedTable table, int measure, ReportWords words) {
        return table.rows().stream().filter(row -> !row.keys().get(0).equals(PublishedTable.TOTAL))
                .map(row -> new SvgCharts.Bar(words.key(table, row, 0), row.figures().get(measure),
                        words.figure(row.figures().get(measure)))).toList();
    }

    static void table(StringBuilder html, PublishedTable table, ReportWords words) {
        html.append("<table id=\"table-").append(table.id()).append("\">\n<caption>").append(escape(words.title(table)))
                .append("</caption>\n<thead>\n<tr>");
        for (String column : table.keyColumns()) {
            html.append("<th scope=\"col\">").append(escape(words.labels().column(column))).append("</th>");
        }
        for (String measure : table.measureColumns()) {
            html.append("<th scope=\"col\" class=\"number\">").append(escape(words.labels().measure(measure)))
                    .append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        boolean empty = table.rows().stream().allMatch(row -> row.keys().get(0).equals(PublishedTable.TOTAL));
        if (empty) {
            html.append("<tr><td colspan=\"").append(table.keyColumns().size() + table.measureColumns().size())
                    .append("\">").append(escape(words.text("report.empty"))).append("</td></tr>\n");
        }
        for (PublishedRow row : table.rows()) {
            boolean total = row.keys().get(0).equals(PublishedTable.TOTAL);
            if (empty && total) {
                continue;
            }
            html.append(total ? "<tr class=\"total\">" : "<tr>");
            for (int i = 0; i < row.keys().size(); i++) {
                String text = words.key(table, row, i);
                html.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(escape(text)).append(i == 0 ? "</th>" : "</td>");
            }
            for (Figure figure : row.figures()) {
                html.append("<td class=\"number").append(figure.suppressed() ? " suppressed" : "").append("\">")
                        .append(escape(words.figure(figure))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }
}
