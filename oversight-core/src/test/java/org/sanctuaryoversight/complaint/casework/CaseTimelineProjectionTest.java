package org.sanctuaryoversight.complaint.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.*;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.support.InMemoryMongo;

/**
 * A case's history: one entry per event in order, codes and dates in clear, free text still sealed, who acted and in
 * which role; a redelivered event writes the same entry again, and a reset rebuilds the same history.
 */
class CaseTimelineProjectionTest {

    static final InMemoryMongo MONGO = new InMemoryMongo();
    static final Instant FILED = Instant.parse("2026-11-23T16:00:00Z");
    static final String CASE = "aaaa1111-0000-4000-8000-000000000001";
    static final StaffMember OMBUDSPERSON = new StaffMember("u-omb", "Olga", StaffRole.OMBUDSPERSON, null);
    static final StaffMember INVESTIGATOR = new StaffMember("u-inv", "Ivan", StaffRole.INVESTIGATOR, null);

    final com.mongodb.client.MongoDatabase database = MONGO.freshDatabase();
    final CaseTimelineProjection projection = new CaseTimelineProjection(database);

    @AfterAll
    static void close() {
        MONGO.close();
    }

    static Instant later(int hours) {
        return FILED.plusSeconds(3600L * hours);
    }

    void history() {
        projection.on(new ComplaintFiledEvent(CASE, FILED, new Sealed(CASE, "bg=="), null, null, Set.of("police"),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "ar", true, null, null), 0);
        projection.on(new ComplaintFiledEvent("bbbb2222-0000-4000-8000-000000000002", FILED, null, null, null,
                Set.of("sheriff"), Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true, null, null), 0);
        projection.on(new ComplaintAcknowledgedEvent(CASE, later(1), OMBUDSPERSON), 1);
        projection.on(new ComplaintTriagedEvent(CASE, TriageDecision.ACCEPT, null, null, later(2), OMBUDSPERSON,
                LocalDate.parse("2027-05-22")), 2);
        projection.on(new InvestigativeStepRecordedEvent(CASE, "s-1", InvestigativeStepKind.values()[0],
                new Sealed(CASE, "bm90ZXM="), later(3), INVESTIGATOR), 3);
        projection.on(new DeadlineMissedEvent(CASE, DeadlineKind.INVESTIGATION, null, null,
                LocalDate.parse("2027-05-22"), later(5000)), 4);
    }

    @Test
    void a_case_reads_back_its_events_in_order_with_free_text_still_sealed() {
        history();
        List<TimelineEntry> entries = projection.handle(new FindCaseTimelineQuery(CASE));
        assertThat(entries).extracting(TimelineEntry::type)
                .containsExactly("FILED", "ACKNOWLEDGED", "TRIAGED", "STEP_RECORDED", "DEADLINE_MISSED");
        assertThat(entries).extracting(TimelineEntry::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);

        TimelineEntry filed = entries.get(0);
        assertThat(filed.at()).isEqualTo(FILED);
        assertThat(filed.actorName()).isNull();
        assertThat(filed.details()).isEqualTo(Map.of("channel", "WEB_FORM", "departments", "police",
                "anonymous", "true", "attachments", "0"));

        TimelineEntry triaged = entries.get(2);
        assertThat(triaged.actorName()).isEqualTo("Olga");
        assertThat(triaged.actorRole()).isEqualTo("OMBUDSPERSON");
        assertThat(triaged.details()).isEqualTo(Map.of("decision", "ACCEPT", "investigationDue", "2027-05-22"));

        TimelineEntry step = entries.get(3);
        assertThat(step.sealed()).isEqualTo(Map.of("notes", new Sealed(CASE, "bm90ZXM=")));
        assertThat(step.details()).doesNotContainKey("documents");
        assertThat(entries.get(4).details()).containsEntry("deadline", "INVESTIGATION");

        assertThat(projection.handle(new FindCaseTimelineQuery("bbbb2222-0000-4000-8000-000000000002")))
                .extracting(TimelineEntry::type).containsExactly("FILED");
        assertThat(projection.handle(new FindCaseTimelineQuery("no-such-case"))).isEmpty();
    }

    @Test
    void a_redelivered_event_writes_the_same_entry_again_and_a_reset_rebuilds_the_same_history() {
        history();
        List<Document> before = all();
        history();
        assertThat(all()).isEqualTo(before);
        projection.reset();
        assertThat(all()).isEmpty();
        history();
        assertThat(all()).containsExactlyInAnyOrderElementsOf(before);
    }

    List<Document> all() {
        return database.getCollection(CaseTimelineProjection.TIMELINE).find().sort(new Document("_id", 1))
                .into(new ArrayList<>());
    }
}
