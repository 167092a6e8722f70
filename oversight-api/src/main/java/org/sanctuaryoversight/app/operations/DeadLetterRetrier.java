package org.sanctuaryoversight.app.operations;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Once a second, retries the dead letters whose pause is over (see {@code DeadLetterRetries}). Every instance runs
 * one; the queue lets one instance at a time take a sequence.
 */
@Component
class DeadLetterRetrier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetrier.class);

    private final DeadLetters deadLetters;
    private ScheduledExecutorService scheduler;

    DeadLetterRetrier(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dead-letter-retrier");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::retryDue, 1, 1, TimeUnit.SECONDS);
    }

    private void retryDue() {
        try {
            deadLetters.retryDue();
        } catch (RuntimeException e) {
            // The database may be unreachable for a moment; the letters stay and the next round tries again.
            log.warn("Retrying dead letters failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Stops before the event processors do (they stop in Axon's own lifecycle, at a lower phase). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
