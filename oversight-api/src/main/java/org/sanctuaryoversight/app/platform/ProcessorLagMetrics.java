package org.sanctuaryoversight.app.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.stereotype.Component;

/**
 * {@code oversight_events_processor_lag{processor=...}}: how many events each projection is behind the event store,
 * measured from the positions every instance stores in the token store (so one instance reports for all). A lag that
 * keeps growing means a projection is stuck (see the dead letters) or the instances cannot keep up.
 */
@Component
class ProcessorLagMetrics implements MeterBinder {

    private final ReadModels readModels;
    private final EventProcessingConfiguration processing;
    private volatile Map<String, Long> snapshot = Map.of();
    private volatile long snapshotAt;

    ProcessorLagMetrics(ReadModels readModels, EventProcessingConfiguration processing) {
        this.readModels = readModels;
        this.processing = processing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String processor : processing.eventProcessors().keySet()) {
            Gauge.builder("oversight.events.processor.lag", () -> lagOf(processor))
                    .description("Events a projection is behind the head of the event store")
                    .baseUnit("events").tag("processor", processor).register(registry);
        }
    }

    private double lagOf(String processor) {
        return snapshot().getOrDefault(processor, 0L);
    }

    /** One read of the token store serves every gauge of a scrape (a snapshot at most a second old). */
    private Map<String, Long> snapshot() {
        long now = System.nanoTime();
        if (now - snapshotAt > 1_000_000_000L) {
            snapshot = readModels.lag();
            snapshotAt = now;
        }
        return snapshot;
    }
}
