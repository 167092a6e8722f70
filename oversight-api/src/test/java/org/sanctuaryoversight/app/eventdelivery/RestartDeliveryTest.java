package org.sanctuaryoversight.app.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.app.OversightApplication;
import org.sanctuaryoversight.app.support.DeliveryLedger;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application is stopped and started again on the same embedded data file: events, tracking
 * tokens and read models survive, nothing is applied a second time, and processing goes on.
 */
class RestartDeliveryTest {

    static final int SEGMENTS = 2;

    @TempDir
    Path dataDirectory;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(OversightApplication.class, DeliveryLedger.class)
                .profiles("test")
                .run("--server.port=0",
                        "--oversight.embedded.persistent=true",
                        "--oversight.embedded.data-directory=" + dataDirectory,
                        "--oversight.events.segments=" + SEGMENTS);
    }

    static void file(ConfigurableApplicationContext context, int count, String prefix) {
        FilingComplaint filing = context.getBean(FilingComplaint.class);
        for (int i = 0; i < count; i++) {
            filing.file(new ComplaintSubmission(prefix + " " + i, "2026-10", null, Set.of("police"),
                    Set.of(AllegationCategory.HONOURING_DETAINER_OR_TRANSFER), IntakeChannel.PARTNER_API, "en", true,
                    null));
        }
    }

    static void awaitAllDelivered(ConfigurableApplicationContext context) {
        DeliveryLedger ledger = context.getBean(DeliveryLedger.class);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> ledger.deliveries().keySet().containsAll(ledger.storedEventIds()));
        Processors.awaitCaughtUp(context.getBean(EventProcessingConfiguration.class),
                context.getBean(EventStore.class), SEGMENTS);
        awaitTokensStored(context);
    }

    /**
     * Waits until every segment of every processor has stored a token at the head. A segment that handled none of the
     * events (a saga's, say) stores its advanced token only at its next claim extension, a few seconds later; the
     * snapshots compare stored tokens, so they are taken once every one of them is stored.
     */
    static void awaitTokensStored(ConfigurableApplicationContext context) {
        MongoDatabase database = context.getBean(MongoDatabase.class);
        Serializer serializer = context.getBean(Serializer.class);
        TrackingToken head = context.getBean(EventStore.class).createHeadToken();
        long target = head == null ? 0 : head.position().orElse(0);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (Document stored : database.getCollection("trackingtokens").find()) {
                Binary token = stored.get("token", Binary.class);
                if (token == null) {
                    return false;
                }
                TrackingToken position = serializer.deserialize(new SimpleSerializedObject<>(token.getData(),
                        byte[].class, stored.getString("tokenType"), null));
                if (position.position().orElse(0) < target) {
                    return false;
                }
            }
            return true;
        });
    }

    static List<Document> sorted(MongoDatabase database, String collection) {
        List<Document> documents = database.getCollection(collection).find().into(new ArrayList<>());
        documents.sort(Comparator.comparing(Document::toJson));
        return documents;
    }

    record Snapshot(long commits, Map<String, Integer> deliveries, List<Document> statuses, List<Document> tokens) {
    }

    static Snapshot snapshot(ConfigurableApplicationContext context) {
        MongoDatabase database = context.getBean(MongoDatabase.class);
        List<Document> tokens = sorted(database, "trackingtokens");
        tokens.forEach(token -> {
            token.remove("_id");
            token.remove("owner");      // which instance holds a segment changes with every start
            token.remove("timestamp");  // claim heartbeat
        });
        return new Snapshot(database.getCollection(SequencedMongoEventStorageEngine.COMMITS).countDocuments(),
                context.getBean(DeliveryLedger.class).deliveries(), sorted(database, "complaint_status"), tokens);
    }

    @Test
    void events_tokens_and_read_models_survive_a_restart_and_nothing_is_applied_twice() {
        Snapshot beforeRestart;
        try (ConfigurableApplicationContext first = start()) {
            file(first, 20, "before restart");
            awaitAllDelivered(first);
            beforeRestart = snapshot(first);
        }
        assertThat(beforeRestart.commits()).isEqualTo(20);
        assertThat(beforeRestart.deliveries()).hasSize(20).allSatisfy((event, count) -> assertThat(count).isEqualTo(1));
        assertThat(beforeRestart.statuses()).hasSize(20);
        assertThat(beforeRestart.tokens()).isNotEmpty();

        try (ConfigurableApplicationContext second = start()) {
            Processors.awaitCaughtUp(second.getBean(EventProcessingConfiguration.class),
                    second.getBean(EventStore.class), SEGMENTS);
            awaitTokensStored(second);
            Snapshot afterRestart = snapshot(second);
            assertThat(afterRestart).isEqualTo(beforeRestart);

            // processing goes on after the restart: new events are delivered once, old ones still once
            file(second, 5, "after restart");
            awaitAllDelivered(second);
            Map<String, Integer> deliveries = second.getBean(DeliveryLedger.class).deliveries();
            assertThat(deliveries).hasSize(25).allSatisfy((event, count) -> assertThat(count).isEqualTo(1));
            assertThat(second.getBean(MongoDatabase.class).getCollection("complaint_status").countDocuments())
                    .isEqualTo(25);
        }
    }
}
