package org.sanctuaryoversight.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.eventstore.EngineFixtures.MutableClock;

class DeadLetterRetriesTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    final DeadLetterRetries retries = new DeadLetterRetries(4, Duration.ofSeconds(1), Duration.ofSeconds(3), clock);

    /** The letter as the queue keeps it after the policy's decision, touched now. */
    DeadLetter<EventMessage<?>> failed(DeadLetter<EventMessage<?>> letter) {
        EnqueueDecision<EventMessage<?>> decision = retries.decide(letter, new IllegalStateException("write timed out"));
        assertThat(decision.shouldEnqueue()).as("a failed event is never dropped").isTrue();
        @SuppressWarnings("unchecked")
        DeadLetter<EventMessage<?>> kept = (DeadLetter<EventMessage<?>>) decision.withDiagnostics(letter);
        return new GenericDeadLetter<>("sequence", kept.message(), kept.cause().orElseThrow(), clock.instant(),
                clock.instant(), kept.diagnostics());
    }

    @Test
    void a_failed_event_is_retried_after_doubling_pauses_up_to_the_longest_then_waits_for_an_administrator() {
        DeadLetter<EventMessage<?>> letter = failed(new GenericDeadLetter<>("sequence",
                GenericEventMessage.asEventMessage("event"), new IllegalStateException("write timed out")));
        assertThat(DeadLetterRetries.attempts(letter)).isEqualTo(1);
        assertThat(retries.nextAttempt(letter)).contains(clock.instant().plusSeconds(1));
        assertThat(retries.isDue(letter)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(retries.isDue(letter)).isTrue();

        letter = failed(letter);
        assertThat(retries.nextAttempt(letter)).contains(clock.instant().plusSeconds(2));
        letter = failed(letter);
        assertThat(retries.nextAttempt(letter)).as("capped").contains(clock.instant().plusSeconds(3));
        letter = failed(letter);

        assertThat(DeadLetterRetries.attempts(letter)).isEqualTo(4);
        assertThat(retries.nextAttempt(letter)).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(retries.isDue(letter)).isFalse();
    }
}
