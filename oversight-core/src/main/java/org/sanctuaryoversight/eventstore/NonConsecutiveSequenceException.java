package org.sanctuaryoversight.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A unit of work tried to append an aggregate's events with a sequence number repeated or skipped. Nothing is stored;
 * the engine reports it as it reports a unique-key violation (another writer appended that sequence number first),
 * because that is what storing it would amount to.
 */
final class NonConsecutiveSequenceException extends RuntimeException {

    private final transient DomainEventMessage<?> event;

    NonConsecutiveSequenceException(DomainEventMessage<?> event, long previous) {
        super("Aggregate " + event.getAggregateIdentifier() + ": event with sequence number " + event.getSequenceNumber()
                + " follows " + previous + " in the same commit; sequence numbers must be consecutive");
        this.event = event;
    }

    DomainEventMessage<?> event() {
        return event;
    }
}
