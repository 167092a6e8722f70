package org.sanctuaryoversight.report.rendering;

import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.legacy.CsvTablesV1;

/**
 * One CSV per table: UTF-8, comma separated, CRLF line ends (RFC 4180, and the dialect {@code datapackage.json}
 * declares), a header row. In a disclosure-controlled
 * table each measure m has the columns {@code m} (exact count, empty when suppressed), {@code m_low},
 * {@code m_high} (the range a reader may rely on; equal to m when exact, empty when withheld) and
 * {@code m_suppression} ({@code primary}, {@code complementary} or empty). That is the first bundle's layout with
 * other line ends, so the frozen {@link CsvTablesV1} writes both: one way to write a table, which published bytes
 * keep from changing.
 */
final class CsvTables {

    static final String LINE_TERMINATOR = "\r\n";

    private CsvTables() {
    }

    static byte[] csv(PublishedTable table) {
        return CsvTablesV1.csv(table, LINE_TERMINATOR);
    }
}
