package org.sanctuaryoversight.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a client saw succeed survives {@code kill -9}, with the writes committed in groups: a child JVM runs the
 * embedded server on a file with many concurrent writers (and compactions and erases between them) and prints each
 * acknowledged id; it is killed with SIGKILL in the middle of the stream, and the file, opened again, holds every
 * acknowledged id, with its unique indexes matching its documents.
 */
class GroupCommitCrashTest {

    private static final String DATABASE = "crash";
    private static final String COLLECTION = "writes";
    private static final int WRITERS = 16;

    @TempDir
    Path directory;

    /** The child: writes until it is killed, printing each acknowledged id as {@code ACK <id> END}. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        EmbeddedMongo server = EmbeddedMongo.onFile(file, 0,
                new FileCompaction.Settings(Duration.ZERO, Duration.ofMinutes(1), 90));
        MongoClient client = MongoClients.create(server.connectionString());
        MongoCollection<Document> writes = client.getDatabase(DATABASE).getCollection(COLLECTION);
        writes.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        synchronized (out) {
            out.println("READY");
            out.flush();
        }
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                for (int i = 0; ; i++) {
                    String id = "w" + writer + "-" + i;
                    writes.insertOne(new Document("_id", id).append("key", "k-" + id).append("body", "x".repeat(200)));
                    synchronized (out) {
                        out.println("ACK " + id + " END");
                        out.flush();
                    }
                }
            });
            thread.start();
        }
        // Compaction and erase take the write lock between group commits: they run beside the writers, so that the
        // kill can also land next to one of them.
        java.util.Random random = new java.util.Random();
        for (int round = 0; ; round++) {
            Thread.sleep(100);
            if (round % 2 == 0) {
                server.compact();
            } else {
                byte[] absent = new byte[32];
                random.nextBytes(absent);
                server.erase(List.of(absent));
            }
            synchronized (out) {
                out.println("MAINTAINED " + round + " END");
                out.flush();
            }
        }
    }

    @Test
    void every_write_acknowledged_before_a_kill_9_is_in_the_file_with_its_index_entries() throws Exception {
        Path file = directory.resolve("oversight.mv");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", GroupCommitCrashTest.class.getName(),
                file.toString())
                .redirectError(directory.resolve("child.err").toFile()).start();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger maintained = new java.util.concurrent.atomic.AtomicInteger();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    // A line cut short by the kill has no END: it was not printed, so not acknowledged.
                    if (line.startsWith("ACK ") && line.endsWith(" END")) {
                        acknowledged.add(line.substring(4, line.length() - 4));
                    } else if (line.startsWith("MAINTAINED ") && line.endsWith(" END")) {
                        maintained.incrementAndGet();
                    }
                }
            } catch (java.io.IOException closed) {
                // the child is gone
            }
        });
        reader.start();
        try {
            await().atMost(Duration.ofMinutes(3))
                    .until(() -> acknowledged.size() >= 1500 && maintained.get() >= 4 || !child.isAlive());
            assertThat(child.isAlive()).as("the child is still writing; its errors: %s",
                    Files.exists(directory.resolve("child.err")) ? Files.readString(directory.resolve("child.err")) : "")
                    .isTrue();
            child.destroyForcibly(); // SIGKILL, in the middle of the writes
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        reader.join(TimeUnit.MINUTES.toMillis(1));
        assertThat(child.exitValue()).as("killed, not exited").isNotZero();

        Set<String> stored = indexesMatchDocuments(file);
        List<String> lost = new ArrayList<>();
        for (String id : acknowledged) {
            if (!stored.contains(id)) {
                lost.add(id);
            }
        }
        assertThat(lost).as("acknowledged before the kill, missing after it (of %d acknowledged, %d stored)",
                acknowledged.size(), stored.size()).isEmpty();

        try (EmbeddedMongo server = EmbeddedMongo.onFile(file, 0,
                new FileCompaction.Settings(Duration.ZERO, Duration.ofMinutes(1), 90));
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> writes = client.getDatabase(DATABASE).getCollection(COLLECTION);
            for (String id : acknowledged) {
                Document found = writes.find(Filters.eq("key", "k-" + id)).first();
                assertThat(found).as(id).isNotNull();
                assertThat(found.getString("_id")).isEqualTo(id);
            }
            String some = acknowledged.iterator().next();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> writes.insertOne(new Document("_id", "again").append("key", "k-" + some)))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    /**
     * Opens the file as H2 sees it and checks each unique index of the collection against its documents: as many
     * entries as documents, each pointing at a stored document, no key twice. Returns the stored ids.
     */
    private static Set<String> indexesMatchDocuments(Path file) {
        MVStore store = FileCompaction.open(file, new FileCompaction.Settings(Duration.ZERO, Duration.ofMinutes(1), 90));
        try {
            MVMap<Object, Object> documents = FileBackend.openCompact(store, "databases." + DATABASE + "." + COLLECTION);
            Set<String> ids = new HashSet<>();
            Set<Object> keys = new HashSet<>();
            for (Map.Entry<Object, Object> entry : documents.entrySet()) {
                de.bwaldvogel.mongo.bson.Document document = (de.bwaldvogel.mongo.bson.Document) entry.getValue();
                ids.add((String) document.get("_id"));
                assertThat(keys.add(document.get("key"))).as("key stored twice: %s", document.get("key")).isTrue();
            }
            List<String> indexes = store.getMapNames().stream()
                    .filter(name -> name.startsWith(DATABASE + "." + COLLECTION + "._index_")).toList();
            assertThat(indexes).as("the _id index and the unique key index").hasSize(2);
            for (String name : indexes) {
                MVMap<Object, Object> index = FileBackend.openCompact(store, name);
                assertThat(index.sizeAsLong()).as("entries of %s", name).isEqualTo(documents.sizeAsLong());
                for (Map.Entry<Object, Object> entry : index.entrySet()) {
                    assertThat(documents.containsKey(entry.getValue())).as("%s points at a stored document", name)
                            .isTrue();
                }
            }
            assertThat(ids).hasSize((int) documents.sizeAsLong());
            return ids;
        } finally {
            store.close();
        }
    }
}
