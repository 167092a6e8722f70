package org.sanctuaryoversight.report.publication;

import java.util.List;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportingPeriod;
import org.sanctuaryoversight.report.tables.AuditResult;

/** A period's figures as they would be published now, and what the disclosure audit says about them. */
public record ReportDraft(ReportingPeriod period, List<PublishedTable> tables, AuditResult audit) {

    public ReportDraft {
        tables = List.copyOf(tables);
    }

    public PublishedTable table(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + id));
    }
}
