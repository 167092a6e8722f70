package org.sanctuaryoversight.report;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.report.publication.PublishingReport;
import org.sanctuaryoversight.report.rendering.ReportLabels;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * Publish (or correct) the report of one ended period. Sent by {@link PublishingReport}, which compiled
 * the figures from the ledger and ran the disclosure audit.
 *
 * @param auditPassed what the disclosure audit said about exactly these figures
 * @param pageSize    the PDF page size frozen with the version
 * @param labels      the labels of every code, frozen with the version (see {@link ReportLabels})
 * @param version     the version the ombudsperson confirmed (the preview's): refused unless it is the next one, so a
 *                    form sent twice, or sent while the archive is still behind an earlier publication, never
 *                    publishes a version nobody previewed
 */
public record PublishReportCommand(@TargetAggregateIdentifier String publicationId, ReportingPeriod period,
                                   Instant publishedAt, StaffMember publisher, String erratum,
                                   String previousManifestSha256, int smallCellThreshold,
                                   List<PublishedTable> tables, boolean auditPassed, String pageSize,
                                   java.util.Map<String, java.util.Map<String, String>> labels, int version) {

    public static String publicationId(int period) {
        return "report-period-" + period;
    }
}
