package org.sanctuaryoversight.app.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.UniqueKeyProjection;
import org.sanctuaryoversight.complaint.casework.OpenReviewCaseCommand;
import org.sanctuaryoversight.complaint.casework.ReviewCaseOpenedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Issue 19: projections write a batch of events with one bulk write per collection. When that bulk write fails, the
 * batch is retried event by event, so the one event whose write the database refuses goes to its processing group's
 * dead-letter queue, exactly as when every write was made at once (issue 15, item 6), and the others are applied.
 */
@OversightTest
@Import(UniqueKeyProjection.class)
class BatchedProjectionFailureTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    UniqueKeyProjection projection;
    @Autowired
    EventProcessingConfiguration processing;

    void openCase(String caseId) {
        commands.sendAndWait(new OpenReviewCaseCommand(caseId, Instant.now(), "police", "FEDERAL_REQUEST_FLAGGED",
                "test", "request"));
    }

    List<DeadLetter<? extends EventMessage<?>>> deadLetters() {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(UniqueKeyProjection.PROCESSING_GROUP)
                .orElseThrow();
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetters().forEach(sequence -> sequence.forEach(letters::add));
        return letters;
    }

    @Test
    void the_event_a_failed_bulk_write_could_not_write_is_dead_lettered_and_the_others_are_applied() {
        projection.collection().insertOne(new Document("_id", "someone-else").append("key", "taken"));
        String before = "case-" + UUID.randomUUID();
        String refused = "case-" + UUID.randomUUID();
        String after = "case-" + UUID.randomUUID();
        projection.giveKey(refused, "taken");

        openCase(before);
        openCase(refused);
        openCase(after);

        await().atMost(Duration.ofSeconds(60)).until(() -> !deadLetters().isEmpty()
                && projection.collection().countDocuments(new Document("_id", after)) == 1);
        assertThat(deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.message().getPayload()).isInstanceOfSatisfying(ReviewCaseOpenedEvent.class,
                    event -> assertThat(event.caseId()).isEqualTo(refused));
            assertThat(letter.cause()).hasValueSatisfying(cause -> assertThat(cause.message()).containsIgnoringCase("duplicate"));
        });
        assertThat(projection.collection().find().map(doc -> doc.getString("_id")).into(new ArrayList<>()))
                .contains(before, after).doesNotContain(refused);
    }
}
