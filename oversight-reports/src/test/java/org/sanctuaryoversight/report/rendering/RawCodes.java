package org.sanctuaryoversight.report.rendering;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;

/** The codes of a version's tables (key values, key columns, measures) and how to look for them in what people read. */
final class RawCodes {

    private RawCodes() {
    }

    /** Every code a table holds that is not a plain number, the total marker or a word a label may also use. */
    static List<String> of(ReportPublishedEvent report) {
        TreeSet<String> codes = new TreeSet<>();
        for (PublishedTable table : report.tables()) {
            codes.addAll(table.measureColumns());
            codes.addAll(table.keyColumns());
            for (PublishedRow row : table.rows()) {
                for (String key : row.keys()) {
                    for (String part : key.split("\\+")) {
                        codes.add(part);
                    }
                }
            }
        }
        codes.removeIf(code -> code.isEmpty() || code.equals(PublishedTable.TOTAL) || code.matches("\\d+")
                || !code.matches(".*[_A-Z].*") || code.length() < 3);
        return List.copyOf(codes);
    }

    /** The text of an XHTML document a person sees: no tags, no attribute values, no code elements. */
    static String visibleText(String html) {
        String body = html.substring(html.indexOf("<body>"));
        return body.replaceAll("(?s)<code>.*?</code>", " ").replaceAll("(?s)<pre>.*?</pre>", " ")
                .replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&quot;", "\"");
    }

    /** Whether the code stands as a word of its own (not inside a longer word or file name). */
    static boolean appears(String text, String code) {
        return Pattern.compile("(?<![A-Za-z0-9_./-])" + Pattern.quote(code) + "(?![A-Za-z0-9_.-])").matcher(text).find();
    }
}
