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
     * event stored, including the events that handlers themselves cause (a review-case opener's command, a
     * saga's): it waits for the head as it is now, then again while the head has moved meanwhile. "Caught up"
     * alone is not enough: a processor reports it as soon as it reaches the head once, and keeps reporting it
     * while a just-appended event is still on its way.
     */
    public static void awaitCaughtUp(EventProcessingConfiguration processing, EventStore events, int segments) {
        long headPosition = head(events);
        while (true) {
            awaitPosition(processing, segments, headPosition);
            long now = head(events);
            if (now == headPosition) {
                return;
            }
            headPosition = now;
        }
    }

    /** A processing group held back: {@link #close} starts it again. */
    public interface HeldBack extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Shuts a processing group down until the answer is closed, so a test can show what pages and APIs answer while
     * its read model is behind the log (as it is, for a moment or for minutes, after every command).
     */
    public static HeldBack holdBack(EventProcessingConfiguration processing, String processingGroup) {
        StreamingEventProcessor processor = processing.eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        return processor::start;
    }

    private static long head(EventStore events) {
        TrackingToken head = events.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private static void awaitPosition(EventProcessingConfiguration processing, int segments, long headPosition) {
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
