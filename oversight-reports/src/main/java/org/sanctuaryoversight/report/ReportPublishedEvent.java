package org.sanctuaryoversight.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of a period's public report was published. The figures are frozen here: every file of the
 * publication bundle is rendered from this event alone, so rebuilding the projections from the log and
 * rendering again gives the same bytes.
 *
 * @param publicationId          {@code report-period-N}, one publication stream per period
 * @param version                1 for the first publication, then one more for every correction
 * @param lastDay                the last day the period covers (UTC)
 * @param publishedBy            the staff user id of the ombudsperson who published (kept in the log, not in the bundle)
 * @param erratum                what the correction changed and why; null for version 1
 * @param previousManifestSha256 SHA-256 of the previous version's {@code SHA256SUMS}; null for version 1
 * @param smallCellThreshold     counts from 1 to this were shown as a range
 */
public record ReportPublishedEvent(String publicationId, int period, int version, LocalDate periodStart,
                                   LocalDate lastDay, Instant publishedAt, String publishedBy, String erratum,
                                   String previousManifestSha256, int smallCellThreshold,
                                   List<PublishedTable> tables) {

    public ReportPublishedEvent {
        tables = List.copyOf(tables);
    }

    public PublishedTable table(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + id));
    }

    public PeriodFigures figures() {
        return new PeriodFigures(period, tables);
    }
}
