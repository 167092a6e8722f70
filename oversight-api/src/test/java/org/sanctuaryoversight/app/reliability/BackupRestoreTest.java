package org.sanctuaryoversight.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.app.OversightApplication;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.FreePort;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Backups restore. Two procedures, as the operations guide describes them:
 * <ol>
 *   <li>Embedded mode: stop the service, copy the data directory (database file and master key), start a
 *       new instance on the copy: every complaint, receipt and read model is there.</li>
 *   <li>A logical dump of every collection into another database and a service started on it with the
 *       read models and tokens dropped: the projections rebuild from the restored events to exactly the
 *       documents of the original. The dump here is done with the Java driver, standing in for
 *       {@code mongodump}/{@code mongorestore}, which cannot be installed on the build machines; it proves
 *       that the events and keys are a complete backup, not that those tools work.</li>
 * </ol>
 */
class BackupRestoreTest {

    static final String STATUS = "complaint_status";

    @TempDir
    Path workspace;

    static ConfigurableApplicationContext start(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--oversight.events.segments=2", "--logging.level.root=WARN"));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(OversightApplication.class).run(all.toArray(String[]::new));
    }

    static ApiClient api(ConfigurableApplicationContext context) {
        return new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    static List<Document> statusDocuments(MongoDatabase database) {
        return database.getCollection(STATUS).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    @Test
    void a_copied_data_directory_and_a_dump_of_every_collection_both_restore_everything() throws Exception {
        Path original = workspace.resolve("data");
        Path copy = workspace.resolve("restored-data");
        ObjectMapper json = new ObjectMapper();
        List<String> receipts = new ArrayList<>();
        List<Document> originalStatuses;
        long originalCommits;
        try (ConfigurableApplicationContext first = start("--oversight.embedded.data-directory=" + original)) {
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> filed = api(first).postJson("/api/v1/complaints",
                        ApiClient.anonymousComplaint("backup test " + i));
                assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
                receipts.add(json.readTree(filed.body()).get("receiptCode").asText());
            }
            MongoDatabase database = first.getBean(MongoDatabase.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> database.getCollection(STATUS).countDocuments() == 5);
            originalStatuses = statusDocuments(database);
            originalCommits = database.getCollection(SequencedMongoEventStorageEngine.COMMITS).countDocuments();
        }

        // 1. Embedded mode: the service is stopped; copy the directory, start on the copy.
        copyDirectory(original, copy);
        assertThat(copy.resolve("master.key")).exists();
        int databasePort = FreePort.find();
        try (ConfigurableApplicationContext restored = start("--oversight.embedded.data-directory=" + copy,
                "--oversight.embedded.port=" + databasePort)) {
            for (String receipt : receipts) {
                assertThat(api(restored).get("/api/v1/complaints/status", "X-Receipt-Code", receipt).statusCode())
                        .isEqualTo(200);
            }
            MongoDatabase database = restored.getBean(MongoDatabase.class);
            assertThat(statusDocuments(database)).isEqualTo(originalStatuses);

            // 2. Logical dump and restore into another database; drop what a rebuild must recreate.
            MongoDatabase target = restored.getBean(com.mongodb.client.MongoClient.class).getDatabase("oversight-restore");
            for (String name : database.listCollectionNames()) {
                List<Document> documents = database.getCollection(name).find().into(new ArrayList<>());
                if (!documents.isEmpty()) {
                    target.getCollection(name).insertMany(documents);
                }
            }
            target.getCollection(STATUS).drop();
            target.getCollection("complaint_receipts").drop();
            target.getCollection("trackingtokens").drop();
            assertThat(target.getCollection(SequencedMongoEventStorageEngine.COMMITS).countDocuments())
                    .isEqualTo(originalCommits);

            String masterKey = Files.readString(copy.resolve("master.key"));
            try (ConfigurableApplicationContext rebuilt = start(
                    "--oversight.mongodb.uri=mongodb://127.0.0.1:" + databasePort,
                    "--oversight.mongodb.database=oversight-restore",
                    "--oversight.privacy.master-key=" + masterKey,
                    // the office's signing key and the receipt keys are part of the backup, like the master key
                    "--oversight.reports.signing-key-file=" + copy.resolve("reports-signing-key.pem"),
                    "--oversight.receipt.key-file=" + copy.resolve("receipt.key"))) {
                await().atMost(Duration.ofSeconds(60)).until(() -> target.getCollection(STATUS).countDocuments() == 5);
                assertThat(statusDocuments(target)).isEqualTo(originalStatuses);
                for (String receipt : receipts) {
                    assertThat(api(rebuilt).get("/api/v1/complaints/status", "X-Receipt-Code", receipt).statusCode())
                            .isEqualTo(200);
                }
            }
        }
    }

    static void copyDirectory(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Files.copy(source, to.resolve(from.relativize(source).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
