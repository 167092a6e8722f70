package org.sanctuaryoversight.eventstore;

import java.util.function.UnaryOperator;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.support.InMemoryMongo;

/**
 * Axon's own contract for storage engines ({@code BatchingEventStorageEngineTest} from
 * {@code axon-eventsourcing:tests}, run unchanged) against {@link SequencedMongoEventStorageEngine} on the embedded
 * MongoDB. A test this engine fails on purpose is overridden here, disabled, with the reason; README.md ("Events are
 * the truth") lists the same differences.
 */
class AxonStorageEngineContractTest
        extends BatchingEventStorageEngineTest<SequencedMongoEventStorageEngine, SequencedMongoEventStorageEngine.Builder> {

    static final InMemoryMongo mongo = new InMemoryMongo();

    @BeforeEach
    void freshEngine() {
        setTestSubject(createEngine());
    }

    @AfterAll
    static void stopServer() {
        mongo.close();
    }

    // ---- Deliberate differences (README.md, "Events are the truth") ---------------------------------------------

    static final String NO_EVENT_ID_INDEX = "Deliberate: no unique index on event identifiers. Axon makes them random"
            + " UUIDs; uniqueness that matters (an aggregate's sequence numbers) is enforced by the stream-key index.";
    static final String COMMIT_TIME = "Deliberate: createTokenAt goes by the time a commit was written (indexed,"
            + " follows the stream), not by the events' own timestamps, which this test sets to 2007 in any order.";

    @Test
    @Disabled(NO_EVENT_ID_INDEX)
    @Override
    public void uniqueKeyConstraintOnEventIdentifier() {
    }

    @Test
    @Disabled(NO_EVENT_ID_INDEX)
    @Override
    public void uniqueKeyConstraintOnFirstEventIdentifierThrowsAggregateIdentifierAlreadyExistsException() {
    }

    @Test
    @Disabled(COMMIT_TIME)
    @Override
    public void createTokenAt() {
    }

    @Test
    @Disabled(COMMIT_TIME)
    @Override
    public void createTokenWithUnorderedEvents() {
    }

    @Test
    @Disabled(COMMIT_TIME)
    @Override
    public void createTokenAtTimeAfterLastEvent() {
    }

    // ------------------------------------------------------------------------------------------------------------

    @Override
    protected SequencedMongoEventStorageEngine createEngine(UnaryOperator<SequencedMongoEventStorageEngine.Builder> customization) {
        SequencedMongoEventStorageEngine.Builder builder = SequencedMongoEventStorageEngine.builder()
                .database(mongo.freshDatabase())
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer());
        SequencedMongoEventStorageEngine engine = customization.apply(builder).build();
        engine.ensureIndexes();
        return engine;
    }
}
