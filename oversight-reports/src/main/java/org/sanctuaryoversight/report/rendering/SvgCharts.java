package org.sanctuaryoversight.report.rendering;

import java.util.ArrayList;
import java.util.List;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.legacy.HtmlReportV1;

/**
 * Charts as inline SVG, drawn on the server (no script, no third-party code): horizontal bars for categories such as
 * departments, and columns for a figure across periods. Each chart is an image with a title and a description that
 * states every value (its text alternative), an {@code alt} for the tagged PDF, and points to the table with the same
 * figures. Labels get their own column, wrapped rather than overlapped, and each value stands right of its bar or
 * above its column. A range (a small count shown as 1-10) is drawn pale up to its upper bound; a withheld cell not at all.
 */
public final class SvgCharts {

    /** One bar or column: its label, the figure it draws and the text of that figure as the reader sees it. */
    public record Bar(String label, Figure figure, String text) {
    }

    static final int WIDTH = 720;
    private static final int FONT = 12;
    private static final double CHAR = 0.56 * FONT;
    private static final int WRAP = 32;
    private static final String INK = "#1b1b1b";
    private static final String EXACT = "#1a4480";
    private static final String RANGE = "#a9c4e4";

    private SvgCharts() {
    }

    /** Horizontal bars, one per row. */
    public static String bars(String id, String title, List<Bar> bars, String note) {
        List<List<String>> labels = bars.stream().map(bar -> wrap(bar.label())).toList();
        int labelWidth = (int) Math.min(WRAP * CHAR, labels.stream().flatMap(List::stream)
                .mapToDouble(line -> line.length() * CHAR).max().orElse(0)) + 12;
        int valueRoom = (int) (bars.stream().mapToInt(bar -> bar.text().length()).max().orElse(1) * CHAR) + 16;
        int barRoom = WIDTH - labelWidth - valueRoom;
        long max = Math.max(1, bars.stream().mapToLong(bar -> length(bar.figure())).max().orElse(1));
        StringBuilder body = new StringBuilder();
        int y = 8;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            List<String> lines = labels.get(i);
            int rowHeight = Math.max(24, lines.size() * (FONT + 3) + 8);
            int textTop = y + (rowHeight - lines.size() * (FONT + 3)) / 2 + FONT;
            for (int line = 0; line < lines.size(); line++) {
                text(body, 0, textTop + line * (FONT + 3), "start", lines.get(line));
            }
            int width = (int) (length(bar.figure()) * barRoom / max);
            int barTop = y + (rowHeight - 16) / 2;
            if (width > 0) {
                body.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(barTop).append("\" width=\"")
                        .append(width).append("\" height=\"16\" fill=\"").append(fill(bar.figure())).append("\"/>\n");
            }
            text(body, labelWidth + width + 6, barTop + 13, "start", bar.text());
            y += rowHeight;
        }
        return figure(id, title, bars, note, y + 8, body);
    }

    /** Vertical columns, one per period (or any ordered series), the label under each column. */
    public static String columns(String id, String title, List<Bar> columns, String note) {
        int count = Math.max(1, columns.size());
        int slot = Math.max(24, Math.min(90, (WIDTH - 20) / count));
        int columnWidth = (int) (slot * 0.6);
        int plotHeight = 150;
        int top = 24;
        long max = Math.max(1, columns.stream().mapToLong(bar -> length(bar.figure())).max().orElse(1));
        StringBuilder body = new StringBuilder();
        body.append("<line x1=\"10\" y1=\"").append(top + plotHeight).append("\" x2=\"").append(10 + slot * count)
                .append("\" y2=\"").append(top + plotHeight).append("\" stroke=\"").append(INK).append("\"/>\n");
        for (int i = 0; i < columns.size(); i++) {
            Bar column = columns.get(i);
            int centre = 10 + i * slot + slot / 2;
            int height = (int) (length(column.figure()) * plotHeight / max);
            if (height > 0) {
                body.append("<rect x=\"").append(centre - columnWidth / 2).append("\" y=\"").append(top + plotHeight - height)
                        .append("\" width=\"").append(columnWidth).append("\" height=\"").append(height)
                        .append("\" fill=\"").append(fill(column.figure())).append("\"/>\n");
            }
            text(body, centre, top + plotHeight - height - 5, "middle", column.text());
            List<String> label = wrap(column.label(), Math.max(6, (int) (slot / CHAR)));
            for (int line = 0; line < label.size(); line++) {
                text(body, centre, top + plotHeight + 16 + line * (FONT + 3), "middle", label.get(line));
            }
        }
        int lines = columns.stream().mapToInt(bar -> wrap(bar.label(), Math.max(6, (int) (slot / CHAR))).size())
                .max().orElse(1);
        return figure(id, title, columns, note, top + plotHeight + 12 + lines * (FONT + 3) + 6, body);
    }

    /**
     * The families the chart's words need: {@code Noto Sans} alone for Latin, Greek and Cyrillic (the charts of English
     * and Spanish reports stay as they were), then the embedded font of each other script present (Batik draws the
     * PDF's charts with the fonts {@link ReportFonts} registered, and falls back along this list).
     */
    static String fontFamily(String words) {
        List<String> families = ReportFonts.fontsFor(words).stream().map(ReportFonts.ReportFont::family).distinct().toList();
        return families.size() == 1 ? families.get(0) : "'" + String.join("', '", families) + "'";
    }

    private static String figure(String id, String title, List<Bar> bars, String note, int height, StringBuilder body) {
        List<String> values = new ArrayList<>();
        bars.forEach(bar -> values.add(bar.label() + " " + bar.text()));
        String description = title + ": " + String.join("; ", values) + ".";
        StringBuilder svg = new StringBuilder(body.length() + 512);
        svg.append("<figure class=\"chart\" id=\"").append(id).append("\">\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" alt=\"").append(escape(description)).append("\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" font-family=\"").append(fontFamily(description)).append("\" font-size=\"").append(FONT).append("\">\n<title id=\"")
                .append(id).append("-title\">").append(escape(title)).append("</title>\n<desc id=\"").append(id)
                .append("-desc\">").append(escape(description)).append("</desc>\n").append(body)
                .append("</svg>\n<figcaption>").append(escape(title));
        if (note != null && !note.isEmpty()) {
            svg.append(". ").append(escape(note));
        }
        return svg.append("</figcaption>\n</figure>\n").toString();
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" fill=\"").append(INK).append('"');
        if (!anchor.equals("start")) {
            svg.append(" text-anchor=\"").append(anchor).append('"');
        }
        svg.append('>').append(escape(withoutArabicMarks(text))).append("</text>\n");
    }

    /**
     * The text of a chart label without Arabic vowel and gemination marks (harakat, optional in Arabic and Persian
     * writing): Batik, which draws the charts into the PDF, fails on them ({@code ArabicTextHandler} knows the letters
     * only). The tables and captions keep them. Text without such marks is returned as it is.
     */
    static String withoutArabicMarks(String text) {
        return text.codePoints().anyMatch(SvgCharts::arabicMark) ? text.codePoints().filter(c -> !arabicMark(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString() : text;
    }

    private static boolean arabicMark(int c) {
        return c >= 0x064B && c <= 0x065F || c == 0x0670 || c >= 0x06D6 && c <= 0x06ED;
    }

    private static long length(Figure figure) {
        return figure.value() != null ? figure.value() : figure.high() != null ? figure.high() : 0;
    }

    private static String fill(Figure figure) {
        return figure.value() != null ? EXACT : RANGE;
    }

    static List<String> wrap(String text) {
        return wrap(text, WRAP);
    }

    /** Breaks a label at spaces into lines of at most {@code width} characters (a longer word stands alone). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Text in HTML and SVG, escaped as the first bundle escaped it ({@link HtmlReportV1#escape}): one way to escape. */
    static String escape(String text) {
        return HtmlReportV1.escape(text);
    }

}
