package org.sanctuaryoversight.report.rendering;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;

/**
 * One CSV per table: UTF-8, comma separated, CRLF line ends (RFC 4180, and the dialect {@code datapackage.json}
 * declares), a header row. In a disclosure-controlled
 * table each measure m has the columns {@code m} (exact count, empty when suppressed), {@code m_low},
 * {@code m_high} (the range a reader may rely on; equal to m when exact, empty when withheld) and
 * {@code m_suppression} ({@code primary}, {@code complementary} or empty).
 */
final class CsvTables {

    static final String LINE_TERMINATOR = "\r\n";
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator(LINE_TERMINATOR).build();

    private CsvTables() {
    }

    static List<String> header(PublishedTable table) {
        List<String> header = new ArrayList<>(table.keyColumns());
        for (String measure : table.measureColumns()) {
            header.add(measure);
            if (table.disclosureControlled()) {
                header.add(measure + "_low");
                header.add(measure + "_high");
                header.add(measure + "_suppression");
            }
        }
        return header;
    }

    static byte[] csv(PublishedTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header(table));
            for (PublishedRow row : table.rows()) {
                List<String> record = new ArrayList<>(row.keys());
                for (Figure figure : row.figures()) {
                    if (!table.disclosureControlled()) {
                        record.add(figure.text());
                        continue;
                    }
                    record.add(figure.value() == null ? "" : Long.toString(figure.value()));
                    record.add(figure.value() != null ? Long.toString(figure.value())
                            : figure.low() == null ? "" : Long.toString(figure.low()));
                    record.add(figure.value() != null ? Long.toString(figure.value())
                            : figure.high() == null ? "" : Long.toString(figure.high()));
                    record.add(figure.suppression() == null ? "" : figure.suppression());
                }
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
