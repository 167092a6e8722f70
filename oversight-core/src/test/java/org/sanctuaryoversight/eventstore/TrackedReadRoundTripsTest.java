package org.sanctuaryoversight.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuaryoversight.eventstore.EngineFixtures.event;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.eventstore.EngineFixtures.MutableClock;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;

/**
 * Issue 19: a reader catching up (a rebuild) pays a query per window of at least a thousand numbers, each answered in
 * one reply, and reads the event counter only when its window reaches past the head it has seen: counted in commands
 * sent to the database, not in time.
 */
class TrackedReadRoundTripsTest {

    static final EmbeddedMongo SERVER = EmbeddedMongo.inMemory(0);
    static final Map<String, Integer> COMMANDS = new ConcurrentHashMap<>();
    static final MongoClient CLIENT = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(SERVER.connectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    String name = event.getCommandName();
                    var target = name.equals("getMore") ? event.getCommand().get("collection")
                            : event.getCommand().get(name);
                    String collection = target != null && target.isString() ? target.asString().getValue() : "";
                    COMMANDS.merge(name + " " + collection, 1, Integer::sum);
                }
            }).build());

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    @Test
    void a_reader_catching_up_on_2500_events_in_batches_of_100_makes_a_handful_of_round_trips() {
        MongoDatabase database = CLIENT.getDatabase("test-" + UUID.randomUUID().toString().substring(0, 8));
        SequencedMongoEventStorageEngine engine = EngineFixtures.engine(database,
                new MutableClock(Instant.parse("2026-12-07T10:00:00Z")), 100);
        List<List<EventMessage<?>>> filings = new ArrayList<>();
        IntStream.range(0, 2500).forEach(i -> filings.add(List.of(event("complaint-" + i, 0))));
        engine.appendUnitsOfWork(filings);
        COMMANDS.clear();

        assertThat(engine.readEvents(null, false).count()).isEqualTo(2500);

        int counterReads = COMMANDS.getOrDefault("find " + SequencedMongoEventStorageEngine.SEQUENCE, 0);
        int commitQueries = COMMANDS.getOrDefault("find " + SequencedMongoEventStorageEngine.COMMITS, 0)
                + COMMANDS.getOrDefault("getMore " + SequencedMongoEventStorageEngine.COMMITS, 0);
        // windows of 1,000 numbers: three queries (each answered in one reply where the server honours the batch
        // size) and counter reads only where a window reaches the head; before: 25 queries and 26 counter reads
        assertThat(commitQueries).as("queries of the commits, %s", COMMANDS).isLessThanOrEqualTo(6);
        assertThat(counterReads).as("reads of the counter, %s", COMMANDS).isLessThanOrEqualTo(4);
    }
}
