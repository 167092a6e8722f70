package org.sanctuaryoversight.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code oversight_events_dead_letters{processor=...}}: how many events wait in each projection's dead-letter queue
 * (see {@code /staff/operations/dead-letters}). Above zero for long means a projection keeps failing; alert on it.
 */
@Component
record DeadLetterMetrics(DeadLetters deadLetters) implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String group : deadLetters.groupsWithQueues()) {
            Gauge.builder("oversight.events.dead.letters", () -> deadLetters.waiting(group))
                    .description("Events waiting in a projection's dead-letter queue")
                    .baseUnit("events").tag("processor", group).register(registry);
        }
    }
}
