package org.sanctuaryoversight.app.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Waiting for event processors, for tests that must not assert before the projections have caught up. */
public final class Processors {

    private Processors() {
    }

    /**
     * Waits until every streaming processor has claimed all its segments and each segment has handled every
     * event stored when this was called. "Caught up" alone is not enough: a processor reports it as soon as it
     * reaches the head once, and keeps reporting it while a just-appended event is still on its way.
     */
    public static void awaitCaughtUp(EventProcessingConfiguration processing, EventStore events, int segments) {
        TrackingToken head = events.createHeadToken();
        long headPosition = head == null ? 0 : head.position().orElse(0);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                processing.eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance)
                        .map(StreamingEventProcessor.class::cast)
                        .allMatch(processor -> processor.isRunning()
                                && processor.processingStatus().size() == segments
                                && processor.processingStatus().values().stream().allMatch(status -> status.isCaughtUp()
                                        && status.getCurrentPosition().orElse(0) >= headPosition)));
    }
}
