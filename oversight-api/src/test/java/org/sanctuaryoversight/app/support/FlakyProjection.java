package org.sanctuaryoversight.app.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.boot.test.context.TestComponent;

/**
 * A test-only projection whose writes fail on demand, per aggregate, like a read-model write during a fail-over. It
 * runs in its own pooled processor with the same error handling as every real projection.
 */
@TestComponent
@ProcessingGroup(FlakyProjection.PROCESSING_GROUP)
public class FlakyProjection {

    public static final String PROCESSING_GROUP = "test-flaky-projection";

    private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> applied = new ConcurrentHashMap<>();

    /** The next {@code failures} attempts to project an event of this aggregate fail. */
    public void failNext(String aggregateId, int failures) {
        failuresLeft.put(aggregateId, failures);
    }

    @EventHandler
    void on(EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> domain)) {
            return;
        }
        String aggregate = domain.getAggregateIdentifier();
        attempts.merge(aggregate, 1, Integer::sum);
        Integer left = failuresLeft.computeIfPresent(aggregate, (id, failures) -> failures - 1);
        if (left != null && left >= 0) {
            throw new IllegalStateException("Timed out writing the read model for " + aggregate);
        }
        applied.computeIfAbsent(aggregate, id -> new CopyOnWriteArrayList<>()).add(domain.getSequenceNumber());
    }

    /** The sequence numbers of the aggregate's events the projection applied, in the order it applied them. */
    public List<Long> applied(String aggregateId) {
        return applied.getOrDefault(aggregateId, List.of());
    }

    public int attempts(String aggregateId) {
        return attempts.getOrDefault(aggregateId, 0);
    }
}
