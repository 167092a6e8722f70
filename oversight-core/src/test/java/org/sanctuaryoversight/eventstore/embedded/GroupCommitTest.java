package org.sanctuaryoversight.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writes waiting together share one file commit (issue 19, intake): counted, never timed. A writer alone still
 * commits once per write, as before the group commit.
 */
class GroupCommitTest {

    private static final FileCompaction.Settings MANUAL =
            new FileCompaction.Settings(Duration.ZERO, Duration.ofMinutes(5), 90);

    @TempDir
    Path directory;

    @Test
    void a_single_sequential_writer_commits_the_file_once_per_write() {
        try (EmbeddedMongo server = EmbeddedMongo.onFile(directory.resolve("oversight.mv"), 0, MANUAL);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> documents = client.getDatabase("t").getCollection("documents");
            documents.insertOne(new Document("_id", "first"));
            long before = server.fileCommits();
            for (int i = 0; i < 10; i++) {
                documents.insertOne(new Document("_id", "d" + i));
                documents.updateOne(Filters.eq("_id", "d" + i), Updates.set("seen", true));
                client.getDatabase("t").getCollection("counters").findOneAndUpdate(Filters.eq("_id", "c"),
                        Updates.inc("value", 1L), new FindOneAndUpdateOptions().upsert(true));
                documents.find(Filters.eq("_id", "d" + i)).first(); // a read: no commit
            }
            assertThat(server.fileCommits() - before).as("30 writes, one after another").isEqualTo(30);
        }
    }

    @Test
    void writers_arriving_together_are_committed_in_fewer_commits_than_writes() throws Exception {
        int writers = 8;
        try (EmbeddedMongo server = EmbeddedMongo.onFile(directory.resolve("oversight.mv"), 0, MANUAL);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> documents = client.getDatabase("t").getCollection("documents");
            documents.insertOne(new Document("_id", "first"));
            // One client per writer, connected before the lock is taken (a new connection's handshake would wait).
            List<MongoClient> clients = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                MongoClient own = MongoClients.create(server.connectionString());
                own.getDatabase("t").getCollection("documents").countDocuments();
                clients.add(own);
            }
            long before = server.fileCommits();
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> inserts = new ArrayList<>();
            // Every writer's insert reaches the server while the write lock is held here, so that they arrive
            // together; then they are let in.
            server.file.lock.writeLock().lock();
            try {
                for (int w = 0; w < writers; w++) {
                    MongoCollection<Document> own = clients.get(w).getDatabase("t").getCollection("documents");
                    String id = "w" + w;
                    inserts.add(pool.submit(() -> own.insertOne(new Document("_id", id))));
                }
                await().atMost(Duration.ofMinutes(1)).until(() -> server.file.lock.getQueueLength() >= writers);
            } finally {
                server.file.lock.writeLock().unlock();
            }
            for (Future<?> insert : inserts) {
                insert.get();
            }
            pool.shutdown();
            clients.forEach(MongoClient::close);
            long commits = server.fileCommits() - before;
            assertThat(commits).as("file commits for %d writes arriving together", writers)
                    .isPositive().isLessThan(writers);
            assertThat(documents.countDocuments()).isEqualTo(writers + 1);
        }
    }
}
