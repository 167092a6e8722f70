package org.sanctuaryoversight.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;

/**
 * Item 4 of issue 15: whatever the connection string says (here: acknowledged by one member, local reads, secondaries
 * preferred), the event store writes with majority write concern and reads majority-committed data from the primary.
 */
class ConsistencySettingsTest {

    record Sent(String name, BsonDocument body) {
    }

    @Test
    void every_command_of_the_engine_asks_for_majority_on_the_primary() {
        List<Sent> commands = new CopyOnWriteArrayList<>();
        try (EmbeddedMongo server = EmbeddedMongo.inMemory(0);
             MongoClient client = MongoClients.create(MongoClientSettings.builder()
                     .applyConnectionString(new ConnectionString(server.connectionString()))
                     .writeConcern(WriteConcern.W1).readConcern(ReadConcern.LOCAL)
                     .readPreference(ReadPreference.secondaryPreferred())
                     .addCommandListener(new CommandListener() {
                         @Override
                         public void commandStarted(CommandStartedEvent event) {
                             // the command is only readable during the callback
                             commands.add(new Sent(event.getCommandName(), event.getCommand().clone()));
                         }
                     }).build())) {
            SequencedMongoEventStorageEngine engine = SequencedMongoEventStorageEngine.builder()
                    .database(client.getDatabase("consistency"))
                    .eventSerializer(JacksonSerializer.defaultSerializer())
                    .snapshotSerializer(JacksonSerializer.defaultSerializer())
                    .build();
            engine.ensureIndexes();
            commands.clear();

            engine.appendEvents(new GenericDomainEventMessage<>("Thing", "a", 0, "payload"));
            engine.readEvents("a").asStream().count();
            engine.readEvents(null, false).count();
            engine.storeSnapshot(new GenericDomainEventMessage<>("Thing", "a", 0, "snapshot"));

            Set<String> names = commands.stream().map(Sent::name).collect(Collectors.toSet());
            assertThat(names).contains("insert", "find", "findAndModify", "update");
            for (Sent command : commands) {
                BsonDocument body = command.body();
                String what = command.name() + " " + body.toJson();
                switch (command.name()) {
                    case "insert", "update", "findAndModify", "delete" ->
                            assertThat(body.get("writeConcern")).as(what)
                                    .isEqualTo(new BsonDocument("w", new BsonString("majority")));
                    case "find", "aggregate", "count" -> {
                        assertThat(body.get("readConcern")).as(what)
                                .isEqualTo(new BsonDocument("level", new BsonString("majority")));
                        assertThat(body.containsKey("$readPreference")).as(what + ": primary is the default, sent as none")
                                .isFalse();
                    }
                    default -> {
                    }
                }
            }
        }
    }
}
