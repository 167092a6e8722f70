package org.sanctuaryoversight.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditLogImportStartedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditRulesReappliedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditedSearchFlaggedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.OfficerNamesViewedEvent;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.AuditImportView;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindAuditImportQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindAuditImportsQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindFlaggedSearchesQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindPublicAuditImportsQuery;
import org.sanctuaryoversight.support.InMemoryMongo;

/**
 * The imports and flagged-searches read models: only a completed evaluation counts, a newer one replaces an
 * older one, a redelivered event changes nothing, and the public sees counts only.
 */
class AuditReadModelsTest {

    static final InMemoryMongo MONGO = new InMemoryMongo();
    static final String ID = AuditLogImportAggregateTest.ID;

    AuditImportsProjection imports;
    FlaggedSearchesProjection searches;

    @BeforeEach
    void setUp() {
        MongoDatabase database = MONGO.freshDatabase();
        imports = new AuditImportsProjection(database);
        searches = new FlaggedSearchesProjection(database);
    }

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    void deliver(Object... events) {
        for (Object event : events) {
            if (event instanceof AuditLogImportStartedEvent started) {
                imports.on(started);
            } else if (event instanceof AuditedSearchFlaggedEvent flagged) {
                searches.on(flagged);
            } else if (event instanceof AuditLogEvents.AuditLogImportedEvent imported) {
                imports.on(imported);
                searches.on(imported);
            } else if (event instanceof AuditRulesReappliedEvent reapplied) {
                imports.on(reapplied);
                searches.on(reapplied);
            } else if (event instanceof OfficerNamesViewedEvent viewed) {
                imports.on(viewed);
            }
        }
    }

    FindFlaggedSearchesQuery ofImport() {
        return new FindFlaggedSearchesQuery(ID, null, null, null, 0, 50);
    }

    @Test
    void flagged_searches_show_only_once_their_evaluation_completed_and_redelivery_changes_nothing() {
        var started = AuditLogImportAggregateTest.started(1, "1+aaaa", false, "u-liaison");
        var flagged = new AuditedSearchFlaggedEvent(ID, 1, "police", 0, AuditLogImportAggregateTest.flagged(5));
        deliver(started, flagged);
        assertThat(searches.handle(ofImport()).total()).isZero();
        AuditImportView pending = imports.handle(new FindAuditImportQuery(ID)).orElseThrow();
        assertThat(pending.completed()).isFalse();
        assertThat(pending.pending().evaluation()).isEqualTo(1);

        var imported = AuditLogImportAggregateTest.imported(1, "1+aaaa", 1);
        deliver(imported, started, flagged, imported);
        assertThat(searches.handle(ofImport()).searches()).singleElement()
                .satisfies(view -> assertThat(view.search().line()).isEqualTo(5));
        AuditImportView view = imports.handle(new FindAuditImportQuery(ID)).orElseThrow();
        assertThat(view.completed()).isTrue();
        assertThat(view.pending()).isNull();
        assertThat(view.summary()).isEqualTo(AuditLogImportAggregateTest.summary(1));
        assertThat(searches.handle(new FindFlaggedSearchesQuery(null, "review-alpr-1", null, null, 0, 50)).total())
                .isEqualTo(1);
    }

    @Test
    void a_completed_re_evaluation_replaces_the_earlier_counts_and_searches() {
        deliver(AuditLogImportAggregateTest.started(1, "1+aaaa", false, "u-liaison"),
                new AuditedSearchFlaggedEvent(ID, 1, "police", 0, AuditLogImportAggregateTest.flagged(5)),
                AuditLogImportAggregateTest.imported(1, "1+aaaa", 1),
                AuditLogImportAggregateTest.started(2, "2+bbbb", true, "u-omb"),
                new AuditedSearchFlaggedEvent(ID, 2, "police", 0, AuditLogImportAggregateTest.flagged(8)));
        assertThat(searches.handle(ofImport()).searches()).extracting(v -> v.search().line()).containsExactly(5L);
        deliver(new AuditRulesReappliedEvent(ID, 2, "police", AuditLogImportAggregateTest.FROM,
                AuditLogImportAggregateTest.TO, "2+bbbb", "1+aaaa", AuditLogImportAggregateTest.summary(1),
                AuditLogImportAggregateTest.AT, "u-omb"));
        assertThat(searches.handle(ofImport()).searches()).extracting(v -> v.search().line()).containsExactly(8L);
        assertThat(imports.handle(new FindAuditImportQuery(ID)).orElseThrow().ruleVersion()).isEqualTo("2+bbbb");
    }

    @Test
    void the_public_listing_holds_counts_only_and_staff_see_every_look_at_officer_names() {
        deliver(AuditLogImportAggregateTest.started(1, "1+aaaa", false, "u-liaison"),
                AuditLogImportAggregateTest.imported(1, "1+aaaa", 0));
        var view = new OfficerNamesViewedEvent(ID, "police", "u-omb", "Olga", "OMBUDSPERSON",
                OfficerNamesViewPurpose.LEGAL_REQUIREMENT, "subpoena", AuditLogImportAggregateTest.AT);
        deliver(view, view);
        assertThat(imports.handle(new FindPublicAuditImportsQuery())).singleElement().satisfies(listed -> {
            assertThat(listed.department()).isEqualTo("police");
            assertThat(listed.searches()).isEqualTo(3000);
            assertThat(listed.flags()).isEmpty();
        });
        assertThat(imports.handle(new FindAuditImportsQuery("police"))).singleElement()
                .satisfies(listed -> assertThat(listed.officerViews()).hasSize(1));
        assertThat(imports.handle(new FindAuditImportsQuery("schools"))).isEmpty();
    }

    @Test
    void a_reset_drops_everything_for_a_rebuild() {
        deliver(AuditLogImportAggregateTest.started(1, "1+aaaa", false, "u-liaison"),
                new AuditedSearchFlaggedEvent(ID, 1, "police", 0, AuditLogImportAggregateTest.flagged(5)),
                AuditLogImportAggregateTest.imported(1, "1+aaaa", 1));
        imports.reset();
        searches.reset();
        assertThat(imports.handle(new FindAuditImportsQuery(null))).isEmpty();
        assertThat(searches.handle(ofImport()).total()).isZero();
    }
}
