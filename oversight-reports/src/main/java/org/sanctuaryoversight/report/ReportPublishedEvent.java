package org.sanctuaryoversight.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sanctuaryoversight.report.rendering.FrozenLabels;

/**
 * A version of a period's public report was published. The figures are frozen here, and so (from format 2 on) are
 * the human labels of every code in them and the page size: every file of the publication bundle is rendered from
 * this event alone, so rebuilding the projections from the log and rendering again gives the same bytes, even after
 * a department was renamed. The bytes rendered at publication are also stored and served as they are.
 *
 * @param publicationId          {@code report-period-N}, one publication stream per period
 * @param version                1 for the first publication, then one more for every correction
 * @param lastDay                the last day the period covers (UTC)
 * @param publishedBy            the staff user id of the ombudsperson who published (kept in the log, not in the bundle)
 * @param erratum                what the correction changed and why; null for version 1
 * @param previousManifestSha256 SHA-256 of the previous version's {@code SHA256SUMS}; null for version 1
 * @param smallCellThreshold     counts from 1 to this were shown as a range
 * @param format                 the bundle format: null for versions published before labels were frozen (rendered
 *                               by the frozen {@code legacy.BundleRendererV1}), {@value #CURRENT_FORMAT} since
 * @param pageSize               the PDF page size ({@code LETTER} or {@code A4}); null before format 2
 * @param labels                 language → label key → text, as {@link FrozenLabels} reads them; empty before format 2
 */
public record ReportPublishedEvent(String publicationId, int period, int version, LocalDate periodStart,
                                   LocalDate lastDay, Instant publishedAt, String publishedBy, String erratum,
                                   String previousManifestSha256, int smallCellThreshold,
                                   List<PublishedTable> tables, Integer format, String pageSize,
                                   Map<String, Map<String, String>> labels) {

    public static final int CURRENT_FORMAT = 2;

    public ReportPublishedEvent {
        tables = List.copyOf(tables);
        Map<String, Map<String, String>> sorted = new TreeMap<>();
        if (labels != null) {
            labels.forEach((language, texts) -> sorted.put(language, java.util.Collections.unmodifiableMap(
                    new TreeMap<>(texts))));
        }
        labels = java.util.Collections.unmodifiableMap(sorted);
    }

    /** A version of the first format (no frozen labels), as published before this field existed. */
    public ReportPublishedEvent(String publicationId, int period, int version, LocalDate periodStart, LocalDate lastDay,
                                Instant publishedAt, String publishedBy, String erratum, String previousManifestSha256,
                                int smallCellThreshold, List<PublishedTable> tables) {
        this(publicationId, period, version, periodStart, lastDay, publishedAt, publishedBy, erratum,
                previousManifestSha256, smallCellThreshold, tables, null, null, null);
    }

    /** Whether this version is rendered by the frozen first renderer. */
    public boolean legacyFormat() {
        return format == null || format < CURRENT_FORMAT;
    }

    public PublishedTable table(String id) {
        return findTable(id).orElseThrow(() -> new IllegalArgumentException("No table " + id));
    }

    public java.util.Optional<PublishedTable> findTable(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst();
    }

    public PeriodFigures figures() {
        return new PeriodFigures(period, tables);
    }
}
