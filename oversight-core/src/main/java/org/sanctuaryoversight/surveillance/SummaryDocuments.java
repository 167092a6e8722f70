package org.sanctuaryoversight.surveillance;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.sanctuaryoversight.surveillance.AuditSummary.AgencyCount;
import org.sanctuaryoversight.surveillance.AuditSummary.DailyCount;
import org.sanctuaryoversight.surveillance.AuditSummary.RuleCount;

/** An {@link AuditSummary} as a MongoDB document of the read models, and back. */
final class SummaryDocuments {

    private SummaryDocuments() {
    }

    static Document of(AuditSummary summary) {
        return new Document("searches", summary.searches())
                .append("flaggedSearches", summary.flaggedSearches())
                .append("firstSearchAt", summary.firstSearchAt() == null ? null : Date.from(summary.firstSearchAt()))
                .append("lastSearchAt", summary.lastSearchAt() == null ? null : Date.from(summary.lastSearchAt()))
                .append("agencies", summary.agencies().stream().map(a -> new Document("agency", a.agency())
                        .append("type", a.type().name()).append("searches", a.searches())
                        .append("flaggedSearches", a.flaggedSearches()).append("flags", documents(a.flags()))).toList())
                .append("days", summary.days().stream().map(d -> new Document("day", d.day().toString())
                        .append("type", d.type().name()).append("searches", d.searches())
                        .append("flaggedSearches", d.flaggedSearches()).append("flags", documents(d.flags()))).toList());
    }

    static AuditSummary from(Document document) {
        return new AuditSummary(number(document, "searches"), number(document, "flaggedSearches"),
                instant(document.getDate("firstSearchAt")), instant(document.getDate("lastSearchAt")),
                document.getList("agencies", Document.class).stream().map(a -> new AgencyCount(a.getString("agency"),
                        AgencyType.valueOf(a.getString("type")), number(a, "searches"), number(a, "flaggedSearches"),
                        rules(a.getList("flags", Document.class)))).toList(),
                document.getList("days", Document.class).stream().map(d -> new DailyCount(
                        LocalDate.parse(d.getString("day")), AgencyType.valueOf(d.getString("type")),
                        number(d, "searches"), number(d, "flaggedSearches"),
                        rules(d.getList("flags", Document.class)))).toList());
    }

    private static List<Document> documents(List<RuleCount> counts) {
        return counts.stream().map(c -> new Document("rule", c.rule().name()).append("searches", c.searches())).toList();
    }

    private static List<RuleCount> rules(List<Document> documents) {
        return documents.stream().map(d -> new RuleCount(AuditRule.valueOf(d.getString("rule")), number(d, "searches")))
                .toList();
    }

    static long number(Document document, String key) {
        Object value = document.get(key);
        return value instanceof Number number ? number.longValue() : 0L;
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
