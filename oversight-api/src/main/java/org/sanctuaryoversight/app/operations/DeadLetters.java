package org.sanctuaryoversight.app.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.sanctuaryoversight.eventstore.DeadLetterRetries;
import org.springframework.stereotype.Service;

/**
 * The events projections failed to process, per processing group, as the dead-letters page shows them, and what an
 * administrator can do about them: retry (the event and those queued behind it, in order), or evict one.
 */
@Service
public record DeadLetters(EventProcessingConfiguration processing, DeadLetterRetries retries) {

    /**
     * One dead letter. {@code first} marks the head of its sequence: the one that failed, and the one a retry starts
     * from; the others wait behind it so that an aggregate's events are applied in order.
     *
     * @param nextAttempt empty when it waits for an administrator
     */
    public record Letter(String group, String messageId, String eventType, String aggregateId, Long sequenceNumber,
                         Instant enqueuedAt, Instant lastTouched, int attempts, String causeType, String causeMessage,
                         Optional<Instant> nextAttempt, boolean first) {
    }

    public record Group(String name, List<Letter> letters) {
    }

    /** Every processing group that holds dead letters, by name. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (String group : groupNames()) {
            SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(group).orElseThrow();
            if (queue.size() == 0) {
                continue;
            }
            List<Letter> letters = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                boolean first = true;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    letters.add(letter(group, letter, first));
                    first = false;
                }
            }
            groups.add(new Group(group, letters));
        }
        return groups;
    }

    /**
     * Processes the sequence that starts with this event now, whatever its attempts so far.
     *
     * @return whether every event of the sequence was processed; false if one failed again (it stays, with the new
     * cause) or if no sequence starts with this event
     */
    public boolean retry(String group, String messageId) {
        return groupNames().contains(group) && processing.sequencedDeadLetterProcessor(group)
                .map(processor -> processor.process(letter -> letter.message().getIdentifier().equals(messageId)))
                .orElse(false);
    }

    /**
     * Removes one dead letter for good: its projection will not have its event, until it is rebuilt.
     *
     * @return whether there was such a letter
     */
    public boolean evict(String group, String messageId) {
        if (!groupNames().contains(group)) {
            return false;
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(group).orElseThrow();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter.message().getIdentifier().equals(messageId)) {
                    queue.evict(letter);
                    return true;
                }
            }
        }
        return false;
    }

    /** The processing groups that have a dead-letter queue. */
    public List<String> groupsWithQueues() {
        return List.copyOf(groupNames());
    }

    /** How many events wait in the group's queue. */
    public long waiting(String group) {
        return processing.deadLetterQueue(group).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** Retries the letters whose pause is over; run every second by {@link DeadLetterRetrier}. */
    void retryDue() {
        for (String group : groupNames()) {
            if (processing.deadLetterQueue(group).orElseThrow().size() == 0) {
                continue;
            }
            var processor = processing.sequencedDeadLetterProcessor(group).orElseThrow();
            // Each call takes one due sequence; a bound keeps one busy group from holding up the others.
            for (int sequences = 0; sequences < 16 && processor.process(retries::isDue); sequences++) {
                // processed a sequence; look for the next due one
            }
        }
    }

    private TreeSet<String> groupNames() {
        TreeSet<String> names = new TreeSet<>();
        processing.eventProcessors().keySet().stream()
                .filter(name -> processing.deadLetterQueue(name).isPresent())
                .forEach(names::add);
        return names;
    }

    private Letter letter(String group, DeadLetter<? extends EventMessage<?>> letter, boolean first) {
        EventMessage<?> message = letter.message();
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        Optional<Cause> cause = letter.cause();
        return new Letter(group, message.getIdentifier(), message.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(), domain == null ? null : domain.getSequenceNumber(),
                letter.enqueuedAt(), letter.lastTouched(), DeadLetterRetries.attempts(letter),
                cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null),
                first ? retries.nextAttempt(letter) : Optional.empty(), first);
    }
}
