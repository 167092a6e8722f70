package org.sanctuaryoversight.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded data file stays close to the size of what it holds (issue 19, storage footprint). */
class FileCompactionTest {

    /** No schedule: only what the test asks for, and the compaction at close. */
    private static final FileCompaction.Settings MANUAL =
            new FileCompaction.Settings(Duration.ZERO, Duration.ofMinutes(5), 90);

    /** The write commands of one filing, roughly as the application sends them (sizes as measured in BSON). */
    static void file(MongoDatabase database, int n, Random random) {
        String id = "complaint-" + n;
        long sequence = database.getCollection("sequence").findOneAndUpdate(Filters.eq("_id", "events"),
                Updates.inc("next", 1L), new FindOneAndUpdateOptions().upsert(true).returnDocument(com.mongodb.client.model.ReturnDocument.AFTER)).getLong("next");
        database.getCollection("keys").insertOne(new Document("_id", id).append("key", bytes(random, 100)));
        database.getCollection("commits").insertOne(new Document("_id", sequence).append("stream", id)
                .append("payload", bytes(random, 1200)));
        database.getCollection("jobs").insertOne(new Document("_id", id).append("state", "SCHEDULED")
                .append("body", "x".repeat(1500)));
        database.getCollection("jobs").updateOne(Filters.eq("_id", id), Updates.set("state", "ENQUEUED"));
        for (String model : new String[] {"status", "cases", "timeline", "ledger", "receipts"}) {
            database.getCollection(model).replaceOne(Filters.eq("_id", id),
                    new Document("_id", id).append("body", "y".repeat(150)), new ReplaceOptions().upsert(true));
            database.getCollection("tokens").updateOne(Filters.eq("_id", model), Updates.set("token", sequence),
                    new com.mongodb.client.model.UpdateOptions().upsert(true));
        }
    }

    private static String bytes(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    @Test
    void compacting_while_open_and_at_close_shrinks_a_file_of_many_small_commits_and_keeps_every_document()
            throws Exception {
        Path file = Files.createTempDirectory("compaction").resolve("oversight.mv");
        Random random = new Random(19);
        long[] sizes;
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file, 0, MANUAL);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("t");
            for (int n = 0; n < 300; n++) {
                file(database, n, random);
            }
            sizes = server.compact();
            // Still usable after compacting in place.
            file(database, 300, random);
            assertThat(database.getCollection("commits").countDocuments()).isEqualTo(301);
        }
        // How much compacting in place frees depends on which chunks are past H2's retention time: only that it
        // shrinks is certain.
        assertThat(sizes[1]).as("compacted in place").isLessThan(sizes[0]);
        // Closing rewrites the file with only its live pages: far smaller again, and within the goal of 8 KB a
        // filing (these simulated filings carry about 4.5 KB of documents each).
        assertThat(Files.size(file)).as("rewritten at close").isLessThan(sizes[1] / 2).isLessThan(301L * 8192);
        try (EmbeddedMongo reopened = EmbeddedMongo.onFile(file, 0, MANUAL);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoDatabase database = client.getDatabase("t");
            assertThat(database.getCollection("commits").countDocuments()).isEqualTo(301);
            assertThat(database.getCollection("jobs").find(Filters.eq("_id", "complaint-300")).first())
                    .containsEntry("state", "ENQUEUED");
        }
    }
}
