package org.sanctuaryoversight.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * What happens to an event a handler failed to process: it is never dropped. It goes to its processing group's
 * dead-letter queue (the events of the same aggregate queue up behind it, so they stay in order), and is retried
 * after a pause that doubles each time, from {@code firstPause} up to {@code longestPause}. After {@code attempts}
 * attempts in all it waits for an administrator, who sees it on the dead-letters page and retries it once the cause
 * is fixed.
 *
 * <p>The number of attempts travels with the letter, in its diagnostics, so it survives restarts and is the same on
 * every instance.
 */
public final class DeadLetterRetries implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";

    private final int attempts;
    private final Duration firstPause;
    private final Duration longestPause;
    private final Clock clock;

    public DeadLetterRetries(int attempts, Duration firstPause, Duration longestPause, Clock clock) {
        if (attempts < 1 || firstPause.isNegative() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("attempts must be at least 1 and the longest pause not shorter than the first");
        }
        this.attempts = attempts;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
        this.clock = clock;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        int made = attempts(letter) + 1;
        // The cause's message is kept (shortened) for the page; causes never carry event payloads here.
        return Decisions.requeue(ThrowableCause.truncated(cause), failed -> failed.diagnostics().and(ATTEMPTS, made));
    }

    /** How many times the letter's event has been tried: 1 after the failure that dead-lettered it. */
    public static int attempts(DeadLetter<?> letter) {
        Object made = letter.diagnostics().get(ATTEMPTS);
        return made instanceof Number number ? number.intValue() : 0;
    }

    /** When it will be tried again by itself; empty when it waits for an administrator. */
    public Optional<Instant> nextAttempt(DeadLetter<?> letter) {
        int made = attempts(letter);
        if (made >= attempts) {
            return Optional.empty();
        }
        Duration pause = firstPause.multipliedBy(1L << Math.min(Math.max(made - 1, 0), 30));
        return Optional.of(letter.lastTouched().plus(pause.compareTo(longestPause) > 0 ? longestPause : pause));
    }

    public boolean isDue(DeadLetter<?> letter) {
        return nextAttempt(letter).map(at -> !at.isAfter(clock.instant())).orElse(false);
    }

    public int maxAttempts() {
        return attempts;
    }
}
