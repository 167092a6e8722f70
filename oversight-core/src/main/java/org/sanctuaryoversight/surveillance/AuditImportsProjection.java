package org.sanctuaryoversight.surveillance;

import static org.sanctuaryoversight.readmodel.ReadModelIndexes.keys;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditLogImportStartedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditLogImportedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditRulesReappliedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.OfficerNamesViewedEvent;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.AuditImportView;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindAuditImportQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindAuditImportsQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindPublicAuditImportsQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.OfficerNamesView;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.PendingEvaluation;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.PublicAuditImport;

/**
 * The imports ({@code surveillance_imports}): one document per file with its period, the counts of its
 * latest completed evaluation, an evaluation in progress if any, and every look at its officer names. Events
 * of one import arrive in order; each change is guarded by the evaluation number, so a redelivered event
 * changes nothing, and {@link #reset()} drops the collection for a rebuild.
 */
@ProcessingGroup(AuditImportsProjection.PROCESSING_GROUP)
class AuditImportsProjection {

    static final String PROCESSING_GROUP = "surveillance-imports";
    static final String COLLECTION = "surveillance_imports";

    private final ReadModelCollection imports;

    /**
     * For a real MongoDB: the imports pages, latest period first, a department's or every department's (the embedded
     * server ignores these).
     */
    AuditImportsProjection(MongoDatabase database) {
        this.imports = new ReadModelCollection(database, COLLECTION, keys("department", "-periodTo", "_id"),
                keys("-periodTo", "department", "_id"));
    }

    @EventHandler
    void on(AuditLogImportStartedEvent event) {
        Document document = find(event.importId()).orElseGet(() -> new Document("_id", event.importId())
                .append("department", event.department()).append("sha256", event.sha256())
                .append("layout", event.layout()).append("evaluation", 0).append("officerViews", List.of()));
        if (document.getInteger("evaluation", 0) >= event.evaluation()) {
            return;
        }
        document.put("pending", new Document("evaluation", event.evaluation()).append("ruleVersion", event.ruleVersion())
                .append("rerun", event.rerun()).append("searches", event.searches())
                .append("startedAt", Date.from(event.startedAt())));
        if (document.getInteger("evaluation", 0) == 0) {
            document.put("periodFrom", event.periodFrom().toString());
            document.put("periodTo", event.periodTo().toString());
        }
        save(document);
    }

    @EventHandler
    void on(AuditLogImportedEvent event) {
        completed(event.importId(), event.evaluation(), event.ruleVersion(), event.summary(), event.importedAt(), true);
    }

    @EventHandler
    void on(AuditRulesReappliedEvent event) {
        completed(event.importId(), event.evaluation(), event.ruleVersion(), event.summary(), event.reappliedAt(), false);
    }

    @EventHandler
    void on(OfficerNamesViewedEvent event) {
        find(event.importId()).ifPresent(document -> {
            List<Document> views = new ArrayList<>(document.getList("officerViews", Document.class));
            Date at = Date.from(event.viewedAt());
            boolean recorded = views.stream().anyMatch(v -> at.equals(v.getDate("viewedAt"))
                    && event.viewerId().equals(v.getString("viewerId")));
            if (!recorded) {
                views.add(new Document("viewerId", event.viewerId()).append("viewerName", event.viewerName())
                        .append("viewerRole", event.viewerRole()).append("purpose", event.purpose().name())
                        .append("note", event.note()).append("viewedAt", at));
                document.put("officerViews", views);
                save(document);
            }
        });
    }

    private void completed(String importId, int evaluation, String ruleVersion, AuditSummary summary, Instant at,
                           boolean firstImport) {
        find(importId).ifPresent(document -> {
            if (document.getInteger("evaluation", 0) >= evaluation) {
                return;
            }
            document.put("evaluation", evaluation);
            document.put("ruleVersion", ruleVersion);
            document.put("summary", SummaryDocuments.of(summary));
            document.put("evaluatedAt", Date.from(at));
            if (firstImport) {
                document.put("importedAt", Date.from(at));
            }
            Document pending = document.get("pending", Document.class);
            if (pending != null && pending.getInteger("evaluation", 0) <= evaluation) {
                document.remove("pending");
            }
            save(document);
        });
    }

    @QueryHandler
    List<AuditImportView> handle(FindAuditImportsQuery query) {
        Bson filter = query.department() == null ? new Document() : Filters.eq("department", query.department());
        List<AuditImportView> found = new ArrayList<>();
        imports.collection().find(filter).sort(Sorts.orderBy(Sorts.descending("periodTo"), Sorts.ascending("_id")))
                .forEach(document -> found.add(view(document)));
        return found;
    }

    @QueryHandler
    Optional<AuditImportView> handle(FindAuditImportQuery query) {
        return find(query.importId()).map(AuditImportsProjection::view);
    }

    @QueryHandler
    List<PublicAuditImport> handle(FindPublicAuditImportsQuery query) {
        List<PublicAuditImport> found = new ArrayList<>();
        imports.collection().find(Filters.gt("evaluation", 0))
                .sort(Sorts.orderBy(Sorts.descending("periodTo"), Sorts.ascending("department"), Sorts.ascending("_id")))
                .forEach(document -> {
                    AuditSummary summary = SummaryDocuments.from(document.get("summary", Document.class));
                    found.add(new PublicAuditImport(document.getString("department"),
                            LocalDate.parse(document.getString("periodFrom")), LocalDate.parse(document.getString("periodTo")),
                            summary.searches(), summary.flaggedSearches(), java.util.Arrays.stream(AuditRule.values())
                            .filter(rule -> summary.flagged(rule) > 0)
                            .map(rule -> new AuditSummary.RuleCount(rule, summary.flagged(rule))).toList(),
                            document.getDate("importedAt").toInstant()));
                });
        return found;
    }

    private static AuditImportView view(Document document) {
        Document summary = document.get("summary", Document.class);
        Document pending = document.get("pending", Document.class);
        return new AuditImportView(document.getString("_id"), document.getString("department"),
                document.getString("sha256"), document.getString("layout"),
                LocalDate.parse(document.getString("periodFrom")), LocalDate.parse(document.getString("periodTo")),
                document.getInteger("evaluation", 0), document.getString("ruleVersion"),
                instant(document.getDate("importedAt")), instant(document.getDate("evaluatedAt")),
                summary == null ? null : SummaryDocuments.from(summary),
                pending == null ? null : new PendingEvaluation(pending.getInteger("evaluation"),
                        pending.getString("ruleVersion"), pending.getBoolean("rerun", false),
                        SummaryDocuments.number(pending, "searches"), instant(pending.getDate("startedAt"))),
                document.getList("officerViews", Document.class).stream().map(v -> new OfficerNamesView(
                        v.getString("viewerName"), v.getString("viewerRole"),
                        OfficerNamesViewPurpose.valueOf(v.getString("purpose")), v.getString("note"),
                        instant(v.getDate("viewedAt")))).toList());
    }

    private Optional<Document> find(String importId) {
        return Optional.ofNullable(imports.writes().findById(importId));
    }

    private void save(Document document) {
        imports.writes().replace(document.getString("_id"), document);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    @ResetHandler
    void reset() {
        imports.reset();
    }
}
