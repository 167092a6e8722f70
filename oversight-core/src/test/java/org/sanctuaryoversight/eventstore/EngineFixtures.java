package org.sanctuaryoversight.eventstore;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;

/** What the engine's tests share: an engine on a database, events that say what they are, a clock to move. */
final class EngineFixtures {

    record Happened(String what) {
    }

    private EngineFixtures() {
    }

    static SequencedMongoEventStorageEngine engine(MongoDatabase database, Clock clock, int batchSize) {
        SequencedMongoEventStorageEngine created = SequencedMongoEventStorageEngine.builder()
                .database(database)
                .clock(clock)
                .gapTimeout(Duration.ofSeconds(60))
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .batchSize(batchSize)
                .build();
        created.ensureIndexes();
        return created;
    }

    /** Event {@code sequence} of {@code aggregate}, saying {@code aggregate#sequence}. */
    static DomainEventMessage<Happened> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Thing", aggregate, sequence, new Happened(aggregate + "#" + sequence));
    }

    static String what(TrackedEventMessage<?> message) {
        return ((Happened) message.getPayload()).what();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
