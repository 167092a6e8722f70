package org.sanctuaryoversight.surveillance;

import static org.sanctuaryoversight.readmodel.ReadModelIndexes.keys;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditLogImportedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditRulesReappliedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditedSearchFlaggedEvent;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindFlaggedSearchesQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FlaggedSearchPage;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FlaggedSearchView;

/**
 * The flagged searches ({@code surveillance_flagged_searches}), one document per search and evaluation keyed
 * by import, evaluation and line, so a redelivered event replaces itself. Only the searches of an import's
 * latest completed evaluation are answered ({@code surveillance_flagged_evaluations} remembers which); when an
 * evaluation completes, the searches of every other one are dropped. The officer's name stays sealed here.
 */
@ProcessingGroup(FlaggedSearchesProjection.PROCESSING_GROUP)
class FlaggedSearchesProjection {

    static final String PROCESSING_GROUP = "surveillance-flagged-searches";
    static final String SEARCHES = "surveillance_flagged_searches";
    static final String EVALUATIONS = "surveillance_flagged_evaluations";

    private final ReadModelCollection searches;
    private final ReadModelCollection evaluations;

    /**
     * For a real MongoDB: an import's or a case's searches in file order without a scan (the embedded server ignores
     * these).
     */
    FlaggedSearchesProjection(MongoDatabase database) {
        this.searches = new ReadModelCollection(database, SEARCHES, keys("importId", "evaluation", "line"),
                keys("caseIds", "evaluation", "line"));
        this.evaluations = new ReadModelCollection(database, EVALUATIONS);
    }

    @EventHandler
    void on(AuditedSearchFlaggedEvent event) {
        AuditedSearch search = event.search();
        String id = event.importId() + ":" + event.evaluation() + ":" + search.line();
        searches.writes().replace(id, new Document("_id", id).append("importId", event.importId())
                        .append("evaluation", event.evaluation()).append("department", event.department())
                        .append("line", search.line()).append("searchId", search.searchId())
                        .append("searchedAt", Date.from(search.searchedAt())).append("agency", search.agency())
                        .append("agencyType", search.agencyType().name()).append("reason", search.reason())
                        .append("caseNumberPresent", search.caseNumberPresent())
                        .append("networksSearched", search.networksSearched()).append("searchType", search.searchType())
                        .append("officer", search.officer() == null ? null : new Document("keyId", search.officer().keyId())
                                .append("ciphertext", search.officer().ciphertext()))
                        .append("rules", search.flags().stream().map(flag -> flag.rule().name()).toList())
                        .append("caseIds", search.flags().stream().map(SearchFlag::reviewCaseId).distinct().toList())
                        .append("flags", search.flags().stream().map(flag -> new Document("rule", flag.rule().name())
                                .append("clause", flag.clause()).append("reason", flag.reason())
                                .append("matchedWords", flag.matchedWords())
                                .append("linkedRequestId", flag.linkedRequestId())
                                .append("reviewCaseId", flag.reviewCaseId())).toList()));
    }

    @EventHandler
    void on(AuditLogImportedEvent event) {
        completed(event.importId(), event.evaluation());
    }

    @EventHandler
    void on(AuditRulesReappliedEvent event) {
        completed(event.importId(), event.evaluation());
    }

    private void completed(String importId, int evaluation) {
        Document current = evaluations.writes().findById(importId);
        if (current != null && current.getInteger("evaluation") >= evaluation) {
            return;
        }
        evaluations.writes().replace(importId, new Document("_id", importId).append("evaluation", evaluation));
        searches.writes().deleteMany(
                Filters.and(Filters.eq("importId", importId), Filters.ne("evaluation", evaluation)));
    }

    @QueryHandler
    FlaggedSearchPage handle(FindFlaggedSearchesQuery query) {
        String importId = query.importId();
        if (importId == null) {
            Document any = searches.collection().find(Filters.eq("caseIds", query.reviewCaseId())).first();
            if (any == null) {
                return new FlaggedSearchPage(List.of(), 0, query.page(), query.size());
            }
            importId = any.getString("importId");
        }
        Document evaluation = evaluations.collection().find(Filters.eq("_id", importId)).first();
        if (evaluation == null) {
            return new FlaggedSearchPage(List.of(), 0, query.page(), query.size());
        }
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("importId", importId),
                Filters.eq("evaluation", evaluation.getInteger("evaluation"))));
        if (query.reviewCaseId() != null) {
            filters.add(Filters.eq("caseIds", query.reviewCaseId()));
        }
        if (query.rule() != null) {
            filters.add(Filters.eq("rules", query.rule().name()));
        }
        if (query.agency() != null) {
            filters.add(Filters.eq("agency", query.agency()));
        }
        Bson filter = Filters.and(filters);
        long total = searches.collection().countDocuments(filter);
        List<FlaggedSearchView> found = new ArrayList<>();
        searches.collection().find(filter).sort(Sorts.ascending("line"))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(document -> found.add(view(document)));
        return new FlaggedSearchPage(found, total, query.page(), query.size());
    }

    private static FlaggedSearchView view(Document document) {
        Document officer = document.get("officer", Document.class);
        Number networks = document.get("networksSearched", Number.class);
        AuditedSearch search = new AuditedSearch(SummaryDocuments.number(document, "line"), document.getString("searchId"),
                document.getDate("searchedAt").toInstant(), document.getString("agency"),
                AgencyType.valueOf(document.getString("agencyType")), document.getString("reason"),
                document.getBoolean("caseNumberPresent", false), networks == null ? null : networks.intValue(),
                document.getString("searchType"),
                officer == null ? null : new Sealed(officer.getString("keyId"), officer.getString("ciphertext")),
                document.getList("flags", Document.class).stream().map(flag -> new SearchFlag(
                        AuditRule.valueOf(flag.getString("rule")), flag.getString("clause"), flag.getString("reason"),
                        flag.getList("matchedWords", String.class), flag.getString("linkedRequestId"),
                        flag.getString("reviewCaseId"))).toList());
        return new FlaggedSearchView(document.getString("importId"), document.getInteger("evaluation"),
                document.getString("department"), search);
    }

    @ResetHandler
    void reset() {
        searches.reset();
        evaluations.reset();
    }
}
