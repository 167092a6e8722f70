package org.sanctuaryoversight.app.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** Waiting for event processors, for tests that must not assert before the projections have caught up. */
public final class Processors {

    private Processors() {
    }

    /** Waits until every streaming processor has claimed all its segments and each segment is caught up. */
    public static void awaitCaughtUp(EventProcessingConfiguration processing, int segments) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                processing.eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance)
                        .map(StreamingEventProcessor.class::cast)
                        .allMatch(processor -> processor.isRunning()
                                && processor.processingStatus().size() == segments
                                && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp)));
    }
}
