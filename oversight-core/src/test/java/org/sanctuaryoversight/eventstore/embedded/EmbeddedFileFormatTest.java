package org.sanctuaryoversight.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded data file's format (issue 19, storage footprint): documents, ids and index keys are written compactly
 * ({@link CompactDataType}), and a file written before, with H2's Java serialization, keeps opening.
 */
class EmbeddedFileFormatTest {

    private static final FileCompaction.Settings MANUAL =
            new FileCompaction.Settings(Duration.ZERO, Duration.ofMinutes(5), 90);

    @TempDir
    Path dir;

    /** The class name Java serialization writes into every stored document. */
    private static final byte[] SERIALIZED_DOCUMENT = "de.bwaldvogel.mongo.bson.Document".getBytes(StandardCharsets.US_ASCII);

    private static Document sample(int n) {
        byte[] key = new byte[60];
        key[0] = (byte) n;
        return new Document("stream", "complaint-" + n).append("sequence", (long) n).append("n", n)
                .append("score", n / 3.0).append("open", n % 2 == 0).append("none", null)
                .append("at", new Date(1_765_000_000_000L + n))
                .append("key", new Binary(key))
                .append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, new byte[16]))
                .append("amount", Decimal128.parse("12.5" + n))
                .append("tags", List.of("a", "b" + n))
                .append("body", new Document("text", "x".repeat(200)).append("list", List.of(1, 2L, "three")));
    }

    /** Writes a file as releases before this format did: mongo-java-server's H2 backend with H2's default types. */
    private Map<String, List<Document>> writeWithTheEarlierFormat(Path file, int documents) {
        MVStore store = FileCompaction.open(file, MANUAL);
        H2Backend backend = new H2Backend(store);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoDatabase database = client.getDatabase("t");
            database.getCollection("events").createIndex(Indexes.ascending("stream", "sequence"),
                    new IndexOptions().unique(true));
            for (int n = 0; n < documents; n++) {
                database.getCollection("events").insertOne(sample(n)); // the driver's ObjectId as _id
                database.getCollection("status").insertOne(new Document("_id", "complaint-" + n).append("state", "FILED"));
                backend.commit();
            }
            return everything(database);
        } finally {
            server.shutdownNow();
            store.close();
        }
    }

    private static Map<String, List<Document>> everything(MongoDatabase database) {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            all.put(name, database.getCollection(name).find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        }
        return all;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void a_file_written_with_java_serialization_opens_reads_every_document_equal_and_takes_new_writes() throws Exception {
        Path file = dir.resolve("oversight.mv");
        Map<String, List<Document>> before = writeWithTheEarlierFormat(file, 60);
        assertThat(contains(Files.readAllBytes(file), SERIALIZED_DOCUMENT)).as("the earlier format").isTrue();
        assertThat(before.get("events")).hasSize(60);

        try (EmbeddedMongo server = EmbeddedMongo.onFile(file, 0, MANUAL);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("t");
            assertThat(everything(database)).isEqualTo(before);
            MongoCollection<Document> events = database.getCollection("events");
            // the unique index written in the earlier format still finds and refuses its old keys, beside new ones
            assertThatThrownBy(() -> events.insertOne(sample(7))).isInstanceOf(MongoWriteException.class);
            assertThat(events.find(Filters.and(Filters.eq("stream", "complaint-41"), Filters.eq("sequence", 41L))).first())
                    .isEqualTo(before.get("events").get(41));
            for (int n = 60; n < 90; n++) {
                events.insertOne(sample(n));
            }
            assertThatThrownBy(() -> events.insertOne(sample(75))).isInstanceOf(MongoWriteException.class);
            database.getCollection("status").updateOne(Filters.eq("_id", "complaint-3"), Updates.set("state", "CLOSED"));
            events.deleteOne(Filters.eq("_id", before.get("events").get(5).getObjectId("_id")));
            // a date the server sets itself, with microseconds: kept in the earlier format, still read back
            database.getCollection("status").updateOne(Filters.eq("_id", "complaint-9"), Updates.currentDate("seen"));
        }
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file, 0, MANUAL);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("t");
            MongoCollection<Document> events = database.getCollection("events");
            assertThat(events.countDocuments()).isEqualTo(89);
            assertThat(events.find(Filters.eq("_id", before.get("events").get(6).getObjectId("_id"))).first())
                    .isEqualTo(before.get("events").get(6));
            assertThat(events.find(Filters.eq("stream", "complaint-80")).first()).containsEntry("n", 80);
            assertThat(database.getCollection("status").find(Filters.eq("_id", "complaint-3")).first())
                    .containsEntry("state", "CLOSED");
            assertThat(database.getCollection("status").find(Filters.eq("_id", "complaint-4")).first())
                    .containsEntry("state", "FILED");
            assertThatThrownBy(() -> events.insertOne(sample(12))).isInstanceOf(MongoWriteException.class);
            assertThat(database.getCollection("status").find(Filters.eq("_id", "complaint-9")).first().getDate("seen"))
                    .isNotNull();
        }
    }

    @Test
    void a_file_written_now_holds_no_java_serialized_document_is_half_the_size_and_reopens_equal() throws Exception {
        Path earlier = dir.resolve("earlier.mv");
        writeWithTheEarlierFormat(earlier, 200);
        org.h2.mvstore.MVStoreTool.compact(earlier.toString(), false);

        Path file = dir.resolve("oversight.mv");
        Map<String, List<Document>> written;
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file, 0, MANUAL);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("t");
            database.getCollection("events").createIndex(Indexes.ascending("stream", "sequence"),
                    new IndexOptions().unique(true));
            for (int n = 0; n < 200; n++) {
                database.getCollection("events").insertOne(sample(n));
                database.getCollection("status").insertOne(new Document("_id", "complaint-" + n).append("state", "FILED"));
            }
            written = everything(database);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(contains(bytes, SERIALIZED_DOCUMENT)).as("a Java-serialized document in the file").isFalse();
        assertThat((long) bytes.length).as("compacted file against the same data in the earlier format")
                .isLessThan(Files.size(earlier) * 6 / 10);
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file, 0, MANUAL);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(everything(client.getDatabase("t"))).isEqualTo(written);
        }
    }

    @Test
    void every_map_of_an_earlier_file_is_opened_with_the_compact_types() {
        Path file = dir.resolve("oversight.mv");
        writeWithTheEarlierFormat(file, 3);
        MVStore store = FileCompaction.open(file, MANUAL);
        try {
            new FileBackend(store);
            List<String> maps = store.getMapNames().stream().toList();
            assertThat(maps).contains("databases.t.events", "meta.t.events", "t.events._index__id_");
            for (String name : maps) {
                // openMap(name) returns an open map as it is; one not opened by the backend would get H2's default
                assertThat(store.openMap(name).getValueType()).as(name).isInstanceOf(CompactDataType.class);
                assertThat(store.openMap(name).getKeyType()).as(name).isInstanceOf(CompactDataType.class);
            }
        } finally {
            store.close();
        }
    }
}
