package org.sanctuaryoversight.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;

/**
 * Issue 19: a projection writes a batch of events with one bulk write per collection, sees its own earlier writes of the
 * batch, leaves what it left writing event by event, and when a bulk write fails, the batch's retry writes event by event
 * so that only the event that cannot be written fails (and goes to the dead-letter queue, as before batching).
 */
class BatchedCollectionTest {

    static final EmbeddedMongo SERVER = EmbeddedMongo.inMemory(0);
    static final AtomicInteger UPDATE_COMMANDS = new AtomicInteger();
    static final MongoClient CLIENT = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(SERVER.connectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("update")) {
                        UPDATE_COMMANDS.incrementAndGet();
                    }
                }
            }).build());

    MongoCollection<Document> raw;
    BatchedCollection collection;
    SequencedDocuments documents;

    @BeforeEach
    void freshCollection() {
        raw = CLIENT.getDatabase("test-" + UUID.randomUUID().toString().substring(0, 8)).getCollection("cases");
        collection = new BatchedCollection(raw);
        documents = new SequencedDocuments(collection);
        UPDATE_COMMANDS.set(0);
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    static List<EventMessage<?>> events(String... payloads) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            events.add(new GenericDomainEventMessage<>("Case", "case-1", i, payloads[i]));
        }
        return events;
    }

    /** Handles each event of the batch as the processor would: one unit of work, the handler called per event. */
    void batch(List<EventMessage<?>> events, Runnable handler) throws Throwable {
        ResultMessage<?> result = new BatchingUnitOfWork<>(events).executeWithResult(() -> {
            handler.run();
            return null;
        });
        if (result.isExceptional()) {
            throw result.exceptionResult();
        }
    }

    long sequence() {
        return ((GenericDomainEventMessage<?>) CurrentUnitOfWork.get().getMessage()).getSequenceNumber();
    }

    String payload() {
        return (String) CurrentUnitOfWork.get().getMessage().getPayload();
    }

    @Test
    void a_batch_is_written_with_one_bulk_write_and_reads_its_own_earlier_writes() throws Throwable {
        List<String> seenInBatch = new ArrayList<>();
        batch(events("opened", "triaged", "assigned", "closed"), () -> {
            if (sequence() == 0) {
                documents.create("case-1", 0, new Document("stage", "opened").append("steps", List.of("opened")));
            } else {
                documents.change("case-1", sequence(), doc -> {
                    seenInBatch.add(doc.getString("stage"));
                    List<String> steps = new ArrayList<>(doc.getList("steps", String.class));
                    steps.add(payload());
                    doc.put("stage", payload());
                    doc.put("steps", steps);
                });
            }
            assertThat(raw.countDocuments()).as("nothing is written before the batch commits").isZero();
        });

        assertThat(seenInBatch).containsExactly("opened", "triaged", "assigned");
        assertThat(UPDATE_COMMANDS.get()).as("update commands for a batch of four events").isEqualTo(1);
        assertThat(raw.find().first()).isEqualTo(new Document("_id", "case-1").append("stage", "closed")
                .append("steps", List.of("opened", "triaged", "assigned", "closed")).append("sequence", 3L));
    }

    @Test
    void outside_a_batch_each_write_is_made_at_once() {
        documents.create("case-1", 0, new Document("stage", "opened"));
        assertThat(raw.countDocuments()).isEqualTo(1);
        documents.change("case-1", 1, doc -> doc.put("stage", "triaged"));
        assertThat(UPDATE_COMMANDS.get()).isEqualTo(2);
        assertThat(raw.find().first().getString("stage")).isEqualTo("triaged");
    }

    @Test
    void a_read_after_an_update_by_filter_sees_it() throws Throwable {
        raw.insertOne(new Document("_id", "a").append("n", 1));
        List<Integer> seen = new ArrayList<>();
        batch(events("x", "y"), () -> {
            if (sequence() == 0) {
                collection.upsert("a", new Document("$inc", new Document("n", 1)));
            } else {
                seen.add(collection.findById("a").getInteger("n"));
                collection.find(new Document()).forEach(doc -> seen.add(doc.getInteger("n")));
            }
        });
        assertThat(seen).containsExactly(2, 2);
    }

    @Test
    void a_failed_bulk_write_fails_the_batch_and_its_retry_fails_only_the_event_that_cannot_be_written() throws Throwable {
        raw.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
        raw.insertOne(new Document("_id", "taken").append("email", "taken@example.org"));
        List<EventMessage<?>> events = events("first@example.org", "taken@example.org", "third@example.org");
        List<String> failedInHandler = new ArrayList<>();
        Runnable handler = () -> {
            try {
                collection.replace("account-" + sequence(), new Document("_id", "account-" + sequence())
                        .append("email", payload()));
            } catch (RuntimeException e) {
                failedInHandler.add(payload()); // the dead-lettering invoker's part
            }
        };

        assertThatThrownBy(() -> batch(events, handler)).as("the bulk write fails the batch")
                .hasStackTraceContaining("MongoBulkWriteException");
        assertThat(failedInHandler).isEmpty();

        batch(events, handler); // the processor retries the batch
        assertThat(failedInHandler).containsExactly("taken@example.org");
        assertThat(raw.find().map(doc -> doc.getString("_id")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder("taken", "account-0", "account-2");

        // once the retried batch is done, later batches are written in bulk again
        UPDATE_COMMANDS.set(0);
        batch(events("x@example.org", "y@example.org"), () -> collection.replace("other-" + sequence(),
                new Document("email", payload())));
        assertThat(UPDATE_COMMANDS.get()).isEqualTo(1);
    }
}
