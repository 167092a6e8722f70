package org.sanctuaryoversight.app.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.status.ComplaintStatusModule;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.springframework.beans.factory.annotation.Autowired;

/** A projection dropped and rebuilt from the event log gives exactly the same read model. */
@OversightTest
class ProjectionRebuildTest {

    static final int SEGMENTS = 2;

    @Autowired
    FilingComplaint filing;
    @Autowired
    MongoDatabase database;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    List<Document> readModel() {
        List<Document> documents = new ArrayList<>();
        for (String collection : List.of("complaint_status", "complaint_receipts")) {
            for (Document document : database.getCollection(collection).find()) {
                Object complaints = document.get("complaints");
                if (complaints instanceof List<?> list) {
                    document.put("complaints", list.stream().map(String::valueOf).sorted().toList());
                }
                documents.add(new Document("collection", collection).append("document", document));
            }
        }
        documents.sort(Comparator.comparing(Document::toJson));
        return documents;
    }

    @Test
    void the_complaint_status_projection_rebuilds_to_the_identical_result() {
        for (int i = 0; i < 30; i++) {
            boolean anonymous = i % 2 == 0;
            filing.file(new ComplaintSubmission("rebuild " + i, i % 3 == 0 ? null : "2026-0" + (1 + i % 9), null,
                    Set.of(), Set.of(AllegationCategory.values()[i % AllegationCategory.values().length]),
                    IntakeChannel.values()[i % IntakeChannel.values().length], i % 4 == 0 ? "es" : "en", anonymous,
                    anonymous ? null : new ContactDetails("Person " + i, null, "+1 555 01" + (10 + i), null,
                            ContactMethod.PHONE)));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> database.getCollection("complaint_status").countDocuments() >= 30);
        Processors.awaitCaughtUp(processing, events, SEGMENTS);
        List<Document> before = readModel();

        StreamingEventProcessor processor = processing
                .eventProcessor(ComplaintStatusModule.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(database.getCollection("complaint_status").countDocuments())
                .as("the reset handler dropped the read model").isZero();
        processor.start();

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(readModel()).as("rebuilt read model; processor %s running=%s status=%s",
                                processor.getName(), processor.isRunning(), processor.processingStatus())
                        .hasSameSizeAs(before));
        Processors.awaitCaughtUp(processing, events, SEGMENTS);
        assertThat(readModel()).isEqualTo(before);
    }
}
