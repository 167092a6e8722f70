package org.sanctuaryoversight.report.legacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;

/**
 * A {@link ReportPublishedEvent} exactly as the first renderer knew it: the same components, names and types, so
 * that its {@code report.json} (a serialisation of this record) keeps the bytes it had when it was published,
 * whatever fields later versions of the event gain.
 */
record PublicationV1(String publicationId, int period, int version, LocalDate periodStart, LocalDate lastDay,
                     Instant publishedAt, String publishedBy, String erratum, String previousManifestSha256,
                     int smallCellThreshold, List<TableV1> tables) {

    PublicationV1 {
        tables = List.copyOf(tables);
    }

    static PublicationV1 of(ReportPublishedEvent event) {
        return new PublicationV1(event.publicationId(), event.period(), event.version(), event.periodStart(),
                event.lastDay(), event.publishedAt(), event.publishedBy(), event.erratum(),
                event.previousManifestSha256(), event.smallCellThreshold(),
                event.tables().stream().map(PublicationV1::table).toList());
    }

    static TableV1 table(PublishedTable table) {
        return new TableV1(table.id(), table.titleEn(), table.titleEs(), table.disclosureControlled(),
                table.keyColumns(), table.measureColumns(), table.rows().stream().map(PublicationV1::row).toList());
    }

    private static RowV1 row(PublishedRow row) {
        return new RowV1(row.keys(), row.figures().stream().map(PublicationV1::figure).toList());
    }

    private static FigureV1 figure(Figure figure) {
        return new FigureV1(figure.value(), figure.low(), figure.high(), figure.decimal(), figure.suppression());
    }
}
