package org.sanctuaryoversight.report.legacy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sanctuaryoversight.report.PublishedTable;

/**
 * One CSV per table: UTF-8, comma separated, {@code \n} line ends, a header row. In a disclosure-controlled
 * table each measure m has the columns {@code m} (exact count, empty when suppressed), {@code m_low},
 * {@code m_high} (the range a reader may rely on; equal to m when exact, empty when withheld) and
 * {@code m_suppression} ({@code primary}, {@code complementary} or empty).
 */
public final class CsvTablesV1 {

    static final CSVFormat FORMAT = format("\n");

    private CsvTablesV1() {
    }

    /**
     * A table of a current version in this layout with other line ends: the current bundle's CSV files differ from
     * the first ones only in their line ends, so they are written here, from the same frozen records.
     */
    public static byte[] csv(PublishedTable table, String lineTerminator) {
        return csv(PublicationV1.table(table), format(lineTerminator));
    }

    private static CSVFormat format(String lineTerminator) {
        return CSVFormat.DEFAULT.builder().setRecordSeparator(lineTerminator).build();
    }

    static List<String> header(TableV1 table) {
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

    static byte[] csv(TableV1 table) {
        return csv(table, FORMAT);
    }

    private static byte[] csv(TableV1 table, CSVFormat format) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header(table));
            for (RowV1 row : table.rows()) {
                List<String> record = new ArrayList<>(row.keys());
                for (FigureV1 figure : row.figures()) {
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
