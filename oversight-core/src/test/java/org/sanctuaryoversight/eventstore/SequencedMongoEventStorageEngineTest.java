package org.sanctuaryoversight.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanctuaryoversight.eventstore.EngineFixtures.event;
import static org.sanctuaryoversight.eventstore.EngineFixtures.what;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.eventstore.EngineFixtures.Happened;
import org.sanctuaryoversight.eventstore.EngineFixtures.MutableClock;
import org.sanctuaryoversight.support.InMemoryMongo;

class SequencedMongoEventStorageEngineTest {


    static final InMemoryMongo mongo = new InMemoryMongo();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    MongoDatabase database;
    SequencedMongoEventStorageEngine engine;

    @BeforeEach
    void freshStore() {
        database = mongo.freshDatabase();
        engine = engine(database, 5);
    }

    SequencedMongoEventStorageEngine engine(MongoDatabase db, int batchSize) {
        return EngineFixtures.engine(db, clock, batchSize);
    }

    @AfterAll
    static void stopServer() {
        mongo.close();
    }

    List<TrackedEventMessage<?>> readAll(TrackingToken from) {
        return engine.readEvents(from, false).collect(Collectors.toList());
    }

    @Test
    void an_aggregate_is_read_back_in_order_across_commits_and_batches() {
        engine.appendEvents(event("a", 0), event("a", 1), event("a", 2));
        engine.appendEvents(event("b", 0));
        for (long sequence = 3; sequence < 12; sequence++) {
            engine.appendEvents(event("a", sequence));
        }

        List<Long> sequences = engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber).toList();

        assertThat(sequences).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(engine.readEvents("a", 7).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(7L, 8L, 9L, 10L, 11L);
        assertThat(engine.lastSequenceNumberFor("a")).contains(11L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void reading_from_a_sequence_inside_a_commit_returns_the_rest_of_that_commit() {
        engine.appendEvents(event("a", 0), event("a", 1), event("a", 2), event("a", 3));

        assertThat(engine.readEvents("a", 2).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(2L, 3L);
    }

    @Test
    void an_aggregate_cannot_be_created_twice() {
        engine.appendEvents(event("a", 0));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 0))).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(1);
    }

    @Test
    void two_writers_who_loaded_the_same_version_cannot_both_append_and_the_loser_writes_nothing() {
        engine.appendEvents(event("a", 0));
        // Both writers loaded version 0. The first appends two events; the second, three.
        engine.appendEvents(event("a", 1), event("a", 2));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 1), event("a", 2), event("a", 3)))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(0L, 1L, 2L);
        assertThat(readAll(null)).extracting(EngineFixtures::what)
                .containsExactly("a#0", "a#1", "a#2");
    }

    @Test
    void one_append_for_several_aggregates_is_one_document_under_consecutive_numbers() {
        engine.appendEvents(event("x", 0));
        engine.appendEvents(event("a", 0), event("a", 1), event("b", 0), event("c", 0), event("c", 1));

        assertThat(database.getCollection(SequencedMongoEventStorageEngine.COMMITS).countDocuments()).isEqualTo(2);
        assertThat(readAll(null)).extracting(EngineFixtures::what)
                .containsExactly("x#0", "a#0", "a#1", "b#0", "c#0", "c#1");
        assertThat(readAll(null)).extracting(message -> ((GapAwareTrackingToken) message.trackingToken()).getIndex())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(engine.readEvents("c").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(0L, 1L);
    }

    @Test
    void a_bulk_append_that_collides_with_an_existing_stream_is_a_concurrency_failure() {
        engine.appendEvents(event("b", 0));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 0), event("b", 0), event("c", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        // one document: nothing of the unit of work is written
        assertThat(engine.readEvents("a").asStream().count()).isZero();
        assertThat(engine.readEvents("c").asStream().count()).isZero();
        assertThat(engine.readEvents("b").asStream().count()).isEqualTo(1);
    }

    @Test
    void the_global_stream_numbers_every_event_and_resumes_exactly_after_a_token() {
        engine.appendEvents(event("a", 0), event("a", 1));
        engine.appendEvents(GenericEventMessage.asEventMessage(new Happened("not from an aggregate")));
        engine.appendEvents(event("b", 0));

        List<TrackedEventMessage<?>> all = readAll(null);
        assertThat(all).extracting(EngineFixtures::what)
                .containsExactly("a#0", "a#1", "not from an aggregate", "b#0");
        assertThat(all).extracting(m -> ((GapAwareTrackingToken) m.trackingToken()).getIndex())
                .containsExactly(1L, 2L, 3L, 4L);

        assertThat(readAll(all.get(1).trackingToken())).extracting(EngineFixtures::what)
                .containsExactly("not from an aggregate", "b#0");
        assertThat(readAll(all.get(3).trackingToken())).isEmpty();
    }

    @Test
    void an_event_written_late_under_an_earlier_number_is_still_delivered_once() {
        long slowWritersNumber = engine.reserve(1);
        engine.appendEvents(event("fast", 0));

        List<TrackedEventMessage<?>> first = readAll(null);
        assertThat(first).extracting(EngineFixtures::what).containsExactly("fast#0");
        GapAwareTrackingToken token = (GapAwareTrackingToken) first.get(0).trackingToken();
        assertThat(token.getGaps()).containsExactly(slowWritersNumber);

        engine.insert(PreparedCommit.of(List.of(event("slow", 0)), engine.getEventSerializer()), slowWritersNumber);

        List<TrackedEventMessage<?>> second = readAll(token);
        assertThat(second).extracting(EngineFixtures::what).containsExactly("slow#0");
        assertThat(((GapAwareTrackingToken) second.get(0).trackingToken()).getGaps()).isEmpty();
        assertThat(readAll(second.get(0).trackingToken())).isEmpty();
    }

    @Test
    void a_number_that_was_reserved_but_never_written_is_forgotten_after_the_gap_timeout() {
        engine.reserve(1); // a writer that crashed, or lost a concurrency conflict
        engine.appendEvents(event("a", 0));
        TrackingToken token = readAll(null).get(0).trackingToken();
        assertThat(((GapAwareTrackingToken) token).getGaps()).hasSize(1);

        engine.appendEvents(event("a", 1));
        List<TrackedEventMessage<?>> beforeTimeout = readAll(token);
        assertThat(((GapAwareTrackingToken) beforeTimeout.get(0).trackingToken()).getGaps()).hasSize(1);

        clock.advance(Duration.ofSeconds(61));
        engine.appendEvents(event("a", 2));
        List<TrackedEventMessage<?>> afterTimeout = readAll(beforeTimeout.get(0).trackingToken());
        assertThat(afterTimeout).extracting(EngineFixtures::what).containsExactly("a#2");
        assertThat(((GapAwareTrackingToken) afterTimeout.get(0).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void a_long_run_of_unwritten_numbers_does_not_stall_a_reader() {
        engine.reserve(23); // more than four batches of nothing
        engine.appendEvents(event("a", 0));

        assertThat(readAll(null)).extracting(EngineFixtures::what).containsExactly("a#0");
    }

    @Test
    void head_and_time_based_tokens_start_where_they_say() {
        assertThat(engine.createTailToken()).isNull();
        assertThat(engine.createHeadToken()).isNull();
        engine.appendEvents(event("a", 0));
        clock.advance(Duration.ofMinutes(5));
        Instant later = clock.instant();
        engine.appendEvents(event("a", 1));

        assertThat(readAll(engine.createHeadToken())).isEmpty();
        assertThat(readAll(engine.createTokenAt(later))).extracting(EngineFixtures::what)
                .containsExactly("a#1");
        assertThat(readAll(engine.createTokenAt(later.minusSeconds(3600))))
                .extracting(EngineFixtures::what).containsExactly("a#0", "a#1");
    }

    /**
     * Eight writers append to their own and to shared aggregates while a reader tracks the stream
     * continuously. The reader must end up with every stored event exactly once: nothing missed while
     * numbers were reserved but not yet written, nothing delivered twice when gaps filled.
     */
    @Test
    void a_reader_tracking_during_concurrent_writes_sees_every_event_exactly_once() throws Exception {
        SequencedMongoEventStorageEngine store = engine(database, 50);
        int writers = 8;
        int commitsPerWriter = 150;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<String> written = ConcurrentHashMap.newKeySet();
        List<Future<?>> writerResults = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            writerResults.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < commitsPerWriter; i++) {
                    String aggregate = "w" + writer + "-" + i;
                    int size = 1 + i % 3; // commits of one, two and three events
                    List<DomainEventMessage<?>> commit = new ArrayList<>();
                    for (int s = 0; s < size; s++) {
                        commit.add(event(aggregate, s));
                    }
                    store.appendEvents(commit);
                    commit.forEach(e -> written.add(((Happened) e.getPayload()).what()));
                    if (i % 10 == 0) {
                        // contend on a shared aggregate: losers get a ConcurrencyException and leave a gap
                        try {
                            long next = store.lastSequenceNumberFor("shared").map(n -> n + 1).orElse(0L);
                            store.appendEvents(event("shared", next));
                            written.add("shared#" + next);
                        } catch (ConcurrencyException | AggregateStreamCreationException expected) {
                            // another writer won this sequence number
                        }
                    }
                }
                return null;
            }));
        }
        List<String> delivered = new ArrayList<>();
        Future<?> reader = pool.submit(() -> {
            TrackingToken token = null;
            int emptyReadsAfterWriting = 0;
            while (emptyReadsAfterWriting < 3) {
                List<? extends TrackedEventMessage<?>> batch = store.readEvents(token, false).toList();
                for (TrackedEventMessage<?> message : batch) {
                    delivered.add(what(message));
                    token = message.trackingToken();
                }
                if (batch.isEmpty()) {
                    if (!writing.get()) {
                        emptyReadsAfterWriting++;
                    }
                    Thread.sleep(5);
                }
            }
            return null;
        });
        start.countDown();
        for (Future<?> result : writerResults) {
            result.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        reader.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        assertThat(new HashSet<>(delivered)).hasSameSizeAs(delivered); // nothing twice
        assertThat(new HashSet<>(delivered)).isEqualTo(written);       // nothing missed, nothing invented
        assertThat(written).hasSizeGreaterThan(writers * commitsPerWriter);
    }

    /** Issue 19: the benchmark prepares its log with one insertMany; what it stores is what appends one by one store. */
    @Test
    void units_of_work_appended_in_bulk_are_stored_as_appended_one_by_one() {
        MongoDatabase oneByOne = mongo.freshDatabase();
        SequencedMongoEventStorageEngine reference = engine(oneByOne, 5);
        reference.appendEvents(event("a", 0), event("a", 1));
        reference.appendEvents(event("b", 0));
        reference.appendEvents(event("a", 2));

        engine.appendUnitsOfWork(List.of(List.of(event("a", 0), event("a", 1)), List.of(event("b", 0)),
                List.of(event("a", 2))));

        java.util.function.Function<MongoDatabase, List<org.bson.Document>> stored = db ->
                db.getCollection(SequencedMongoEventStorageEngine.COMMITS).find()
                        .sort(new org.bson.Document("_id", 1)).map(commit -> {
                            commit.remove("committedAt");
                            commit.getList("events", org.bson.Document.class).forEach(entry -> {
                                entry.remove("eventIdentifier");
                                entry.remove("timestamp");
                            });
                            return commit;
                        }).into(new java.util.ArrayList<>());
        assertThat(stored.apply(database)).hasSize(3).isEqualTo(stored.apply(oneByOne));
        assertThat(readAll(null)).extracting(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier()
                + "#" + ((DomainEventMessage<?>) message).getSequenceNumber()).containsExactly("a#0", "a#1", "b#0", "a#2");
        assertThat(engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(0L, 1L, 2L);
    }
}
