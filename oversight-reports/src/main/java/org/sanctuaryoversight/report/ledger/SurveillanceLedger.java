package org.sanctuaryoversight.report.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.sanctuaryoversight.surveillance.AgencyType;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.AuditSummary.DailyCount;
import org.sanctuaryoversight.surveillance.AuditSummary.RuleCount;

/**
 * The report's record of audited license-plate reader logs ({@code report_ledger_surveillance_logs}), one document
 * per import, replaced by each newer evaluation. Read whole at publication: a city has a few logs a month.
 */
public final class SurveillanceLedger {

    static final String COLLECTION = "report_ledger_surveillance_logs";

    private final MongoCollection<Document> logs;

    public SurveillanceLedger(MongoDatabase database) {
        this.logs = database.getCollection(COLLECTION);
    }

    /** Keeps the facts of an evaluation unless a newer one of the same import is already kept. */
    public void save(SurveillanceLogFacts facts, int evaluation) {
        Document kept = logs.find(Filters.eq("_id", facts.importId())).first();
        if (kept != null && kept.getInteger("evaluation", 0) >= evaluation) {
            return;
        }
        logs.replaceOne(Filters.eq("_id", facts.importId()), new Document("_id", facts.importId())
                .append("evaluation", evaluation).append("department", facts.department())
                .append("periodFrom", facts.periodFrom().toString()).append("periodTo", facts.periodTo().toString())
                .append("days", facts.days().stream().map(day -> new Document("day", day.day().toString())
                        .append("type", day.type().name()).append("searches", day.searches())
                        .append("flagged", day.flaggedSearches()).append("flags", day.flags().stream()
                                .map(flag -> new Document("rule", flag.rule().name()).append("searches", flag.searches()))
                                .toList())).toList()), new ReplaceOptions().upsert(true));
    }

    /** Every audited log, by import id. */
    public List<SurveillanceLogFacts> all() {
        List<SurveillanceLogFacts> all = new ArrayList<>();
        logs.find().sort(Sorts.ascending("_id")).forEach(document -> all.add(new SurveillanceLogFacts(
                document.getString("_id"), document.getString("department"),
                LocalDate.parse(document.getString("periodFrom")), LocalDate.parse(document.getString("periodTo")),
                document.getList("days", Document.class).stream().map(day -> new DailyCount(
                        LocalDate.parse(day.getString("day")), AgencyType.valueOf(day.getString("type")),
                        number(day, "searches"), number(day, "flagged"), day.getList("flags", Document.class).stream()
                        .map(flag -> new RuleCount(AuditRule.valueOf(flag.getString("rule")), number(flag, "searches")))
                        .toList())).toList())));
        return all;
    }

    public void clear() {
        logs.drop();
    }

    private static long number(Document document, String key) {
        Object value = document.get(key);
        return value instanceof Number number ? number.longValue() : 0L;
    }
}
