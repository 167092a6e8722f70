package org.sanctuaryoversight.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanctuaryoversight.eventstore.EngineFixtures.event;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.eventstore.EngineFixtures.MutableClock;
import org.sanctuaryoversight.support.InMemoryMongo;

/**
 * The ways the event store used to lose events or stop (issue 15), one test each. A second engine on the same
 * database plays another instance, or this one after a restart: it shares nothing with the first but the data.
 */
class EventStoreFailureModesTest {

    static final InMemoryMongo mongo = new InMemoryMongo();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    MongoDatabase database;
    SequencedMongoEventStorageEngine engine;

    @BeforeEach
    void freshStore() {
        database = mongo.freshDatabase();
        engine = engine(clock);
    }

    @AfterAll
    static void stopServer() {
        mongo.close();
    }

    SequencedMongoEventStorageEngine engine(Clock engineClock) {
        return EngineFixtures.engine(database, engineClock, 5);
    }

    static List<String> what(List<? extends TrackedEventMessage<?>> messages) {
        return messages.stream().map(EngineFixtures::what).toList();
    }

    static List<TrackedEventMessage<?>> readAll(SequencedMongoEventStorageEngine reader, TrackingToken from) {
        return reader.readEvents(from, false).collect(Collectors.toList());
    }

    /** A writer that reserved its numbers and is slow to write them (a GC pause, a fail-over retry). */
    void writeLate(SequencedMongoEventStorageEngine writer, long lastIndex, DomainEventMessage<?>... events) {
        writer.insert(PreparedCommit.of(List.of(events), writer.getEventSerializer()), lastIndex);
    }

    // ---- 1. resuming inside a commit

    @Test
    void a_token_inside_a_multi_event_commit_resumes_with_every_remaining_event() {
        engine.appendEvents(event("a", 0), event("a", 1), event("a", 2));
        engine.appendEvents(event("b", 0));
        TrackingToken afterFirst = readAll(engine, null).get(0).trackingToken(); // a batch ended after a#0

        assertThat(what(readAll(engine, afterFirst))).containsExactly("a#1", "a#2", "b#0");
        assertThat(what(readAll(engine(clock), afterFirst))).as("after a restart").containsExactly("a#1", "a#2", "b#0");
    }

    @Test
    void a_token_that_stopped_inside_a_late_commit_resumes_with_the_rest_of_it() {
        long slow = engine.reserve(3);
        engine.appendEvents(event("fast", 0));
        TrackingToken afterFast = readAll(engine, null).get(0).trackingToken();
        writeLate(engine, slow, event("slow", 0), event("slow", 1), event("slow", 2));
        TrackingToken afterSlow0 = readAll(engine, afterFast).get(0).trackingToken();

        assertThat(what(readAll(engine(clock), afterSlow0))).containsExactly("slow#1", "slow#2");
    }

    // ---- 2. a late insert after its gap expired

    @Test
    void an_insert_delayed_past_the_gap_timeout_fails_instead_of_vanishing() {
        long slow = engine.reserve(1);
        engine.appendEvents(event("a", 0));
        TrackingToken token = readAll(engine, null).get(0).trackingToken();
        assertThat(readAll(engine, token)).isEmpty(); // the reader starts waiting for the slow number

        clock.advance(Duration.ofSeconds(61));
        assertThat(readAll(engine, token)).isEmpty(); // and gives it up

        assertThatThrownBy(() -> writeLate(engine, slow, event("slow", 0)))
                .isInstanceOf(EventStoreException.class).hasMessageContaining("Nothing was stored");
        assertThat(engine.readEvents("slow").asStream()).isEmpty();
        assertThat(what(readAll(engine(clock), null))).containsExactly("a#0");
    }

    @Test
    void a_writer_whose_clock_is_behind_does_not_shorten_the_readers_wait() {
        MutableClock writersClock = new MutableClock(clock.instant().minus(Duration.ofMinutes(10)));
        SequencedMongoEventStorageEngine writer = engine(writersClock);
        long slow = writer.reserve(1);
        writer.appendEvents(event("a", 0));
        TrackingToken token = readAll(engine, null).get(0).trackingToken();

        assertThat(readAll(engine, token)).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        writeLate(writer, slow, event("slow", 0)); // within the gap timeout by the reader's clock

        assertThat(what(readAll(engine, token))).containsExactly("slow#0");
    }

    // ---- 3. a unit of work across aggregates is all or nothing

    @Test
    void a_unit_of_work_across_aggregates_that_conflicts_leaves_nothing() {
        engine.appendEvents(event("b", 0));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 0), event("b", 0), event("c", 0)))
                .isInstanceOf(AggregateStreamCreationException.class).hasMessageContaining("[b]");

        assertThat(engine.readEvents("a").asStream()).isEmpty();
        assertThat(engine.readEvents("c").asStream()).isEmpty();
        assertThat(what(readAll(engine(clock), null))).containsExactly("b#0");
    }

    @Test
    void a_unit_of_work_across_aggregates_is_read_back_per_aggregate_and_in_the_stream() {
        engine.appendEvents(event("x", 0));
        engine.appendEvents(event("a", 0), event("b", 0), event("a", 1), event("c", 0), event("c", 1));
        engine.appendEvents(event("a", 2));

        assertThat(what(readAll(engine, null))).containsExactly("x#0", "a#0", "b#0", "a#1", "c#0", "c#1", "a#2");
        assertThat(engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(0L, 1L, 2L);
        assertThat(engine.readEvents("a", 1).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(1L, 2L);
        assertThat(engine.lastSequenceNumberFor("c")).contains(1L);
        // a second writer who loaded "c" at version 0 loses, whichever way it appends
        assertThatThrownBy(() -> engine.appendEvents(event("c", 1))).isInstanceOf(ConcurrencyException.class);
    }

    // ---- 5. smaller contract failures

    @Test
    void a_run_of_more_than_64_unwritten_numbers_is_given_up_by_time() {
        engine.reserve(100); // writers that crashed
        engine.appendEvents(event("a", 0));
        TrackingToken token = readAll(engine, null).get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) token).getGaps()).hasSize(100);
        assertThat(readAll(engine, token)).isEmpty();

        clock.advance(Duration.ofSeconds(61));
        engine.appendEvents(event("a", 1));
        List<TrackedEventMessage<?>> later = readAll(engine, token);

        assertThat(what(later)).containsExactly("a#1");
        assertThat(((GapAwareTrackingToken) later.get(0).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void the_head_token_does_not_cover_an_event_still_being_written() {
        engine.appendEvents(event("a", 0));
        long inFlight = engine.reserve(1);
        engine.appendEvents(event("b", 0));
        TrackingToken head = engine.createHeadToken();

        writeLate(engine, inFlight, event("late", 0));

        assertThat(what(readAll(engine, head))).containsExactly("late#0");
    }

    @Test
    void a_counter_restored_behind_the_commits_is_moved_up_when_the_engine_starts() {
        engine.appendEvents(event("a", 0));
        engine.appendEvents(event("b", 0), event("b", 1));
        database.getCollection(SequencedMongoEventStorageEngine.SEQUENCE)
                .updateOne(Filters.eq("_id", "global"), Updates.set("value", 1L)); // an older backup of the counter

        SequencedMongoEventStorageEngine restarted = engine(clock);
        restarted.appendEvents(event("c", 0));

        assertThat(what(readAll(restarted, null))).containsExactly("a#0", "b#0", "b#1", "c#0");
    }

    @Test
    void a_writer_that_loses_a_conflict_leaves_no_gap_for_readers_to_wait_on() {
        engine.appendEvents(event("a", 0));
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0), event("a", 1)))
                .isInstanceOf(AggregateStreamCreationException.class);
        engine.appendEvents(event("b", 0));

        List<TrackedEventMessage<?>> all = readAll(engine(clock), null);

        assertThat(what(all)).containsExactly("a#0", "b#0");
        assertThat(((GapAwareTrackingToken) all.get(1).trackingToken()).getGaps()).isEmpty();
        assertThat(database.getCollection(SequencedMongoEventStorageEngine.COMMITS)
                .countDocuments(Filters.eq("tombstone", true))).isEqualTo(1);
    }

    @Test
    void commits_written_before_units_of_work_were_atomic_still_load_and_track() {
        // The shape every commit had until now (see CommitFormat), written as the old engine wrote it.
        List<Document> entries = List.of(entry("old", 0), entry("old", 1), entry("old", 2));
        database.getCollection(SequencedMongoEventStorageEngine.COMMITS).insertOne(new Document("_id", 1L)
                .append("lastIndex", 3L).append("streamKey", "old:0").append("aggregateIdentifier", "old")
                .append("aggregateType", "Thing").append("firstSequence", 0L).append("lastSequence", 2L)
                .append("committedAt", java.util.Date.from(clock.instant())).append("events", entries));
        database.getCollection(SequencedMongoEventStorageEngine.SEQUENCE)
                .insertOne(new Document("_id", "global").append("value", 3L));
        SequencedMongoEventStorageEngine upgraded = engine(clock);
        upgraded.appendEvents(event("old", 3), event("new", 0));

        assertThat(upgraded.readEvents("old").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(upgraded.readEvents("old", 2).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(2L, 3L);
        List<TrackedEventMessage<?>> all = readAll(upgraded, null);
        assertThat(what(all)).containsExactly("old#0", "old#1", "old#2", "old#3", "new#0");
        assertThat(what(readAll(engine(clock), all.get(0).trackingToken())))
                .containsExactly("old#1", "old#2", "old#3", "new#0");
        assertThatThrownBy(() -> upgraded.appendEvents(event("old", 3))).isInstanceOf(ConcurrencyException.class);
    }

    private Document entry(String aggregate, long sequence) {
        return CommitFormat.entry(event(aggregate, sequence), engine.getEventSerializer());
    }
}
