package org.sanctuaryoversight.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guarantees the event store needs from a database, checked against the embedded one. */
class EmbeddedMongoTest {

    static void inParallel(int threads, Callable<Void> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(work));
            }
            for (Future<Void> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_counter_incremented_from_many_connections_never_hands_out_the_same_value_twice() throws Exception {
        try (EmbeddedMongo server = EmbeddedMongo.inMemory(0); MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> counters = client.getDatabase("t").getCollection("counters");
            Set<Long> handedOut = ConcurrentHashMap.newKeySet();
            AtomicInteger duplicates = new AtomicInteger();
            inParallel(8, () -> {
                for (int i = 0; i < 500; i++) {
                    Document counter = counters.findOneAndUpdate(Filters.eq("_id", "c"), Updates.inc("value", 1L),
                            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                    if (!handedOut.add(counter.get("value", Number.class).longValue())) {
                        duplicates.incrementAndGet();
                    }
                }
                return null;
            });
            assertThat(duplicates).hasValue(0);
            assertThat(handedOut).hasSize(4000);
        }
    }

    @Test
    void a_unique_index_admits_exactly_one_of_many_concurrent_inserts_of_the_same_key() throws Exception {
        try (EmbeddedMongo server = EmbeddedMongo.inMemory(0); MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> streams = client.getDatabase("t").getCollection("streams");
            streams.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            AtomicInteger accepted = new AtomicInteger();
            inParallel(8, () -> {
                for (int i = 0; i < 100; i++) {
                    try {
                        streams.insertOne(new Document("key", "k" + i));
                        accepted.incrementAndGet();
                    } catch (MongoWriteException rejected) {
                        // another connection inserted this key first
                    }
                }
                return null;
            });
            assertThat(accepted).hasValue(100);
            assertThat(streams.countDocuments()).isEqualTo(100);
        }
    }

    @Test
    void data_written_to_a_file_is_there_after_the_server_is_started_again(@TempDir Path directory) {
        Path file = directory.resolve("db.mv");
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file, 0); MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("t").getCollection("c").insertOne(new Document("_id", 1).append("kept", true));
        }
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file, 0); MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.getDatabase("t").getCollection("c").find(Filters.eq("_id", 1)).first())
                    .containsEntry("kept", true);
        }
    }

    @Test
    void dropping_all_indexes_with_a_star_works_as_jobrunr_expects() {
        try (EmbeddedMongo server = EmbeddedMongo.inMemory(0); MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> jobs = client.getDatabase("t").getCollection("jobs");
            jobs.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true).name("byName"));
            jobs.dropIndexes();
            List<String> names = jobs.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>());
            assertThat(names).containsExactly("_id_");
        }
    }
}
