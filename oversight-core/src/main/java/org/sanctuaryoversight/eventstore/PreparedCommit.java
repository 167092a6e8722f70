package org.sanctuaryoversight.eventstore;

import static org.sanctuaryoversight.eventstore.CommitFormat.isDomainEvent;
import static org.sanctuaryoversight.eventstore.CommitFormat.streamKey;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The events of one {@code appendEvents} call (one unit of work), serialised and checked, waiting for their global
 * numbers. Serialising first keeps the time between reserving numbers and writing them as short as possible: readers
 * wait for reserved numbers, and give up on them after a while.
 *
 * @param events   what the unit of work appends, in order
 * @param entries  the events as stored
 * @param keys     {@code aggregateId:sequence} of every aggregate event, in order
 * @param aggregates the aggregates, in order of first appearance
 */
record PreparedCommit(List<? extends EventMessage<?>> events, List<Document> entries, List<String> keys,
                      List<String> aggregates) {

    /**
     * @throws NonConsecutiveSequenceException when an aggregate's events do not follow each other one by one, which
     *                                         would store a sequence number twice or leave a hole in the stream
     */
    static PreparedCommit of(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<Document> entries = new ArrayList<>(events.size());
        List<String> keys = new ArrayList<>();
        Set<String> aggregates = new LinkedHashSet<>();
        Map<String, Long> lastSequence = new HashMap<>();
        for (EventMessage<?> event : events) {
            if (isDomainEvent(event)) {
                DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
                Long previous = lastSequence.put(domain.getAggregateIdentifier(), domain.getSequenceNumber());
                if (previous != null && domain.getSequenceNumber() != previous + 1) {
                    throw new NonConsecutiveSequenceException(domain, previous);
                }
                keys.add(streamKey(domain.getAggregateIdentifier(), domain.getSequenceNumber()));
                aggregates.add(domain.getAggregateIdentifier());
            }
            entries.add(CommitFormat.entry(event, serializer));
        }
        return new PreparedCommit(events, entries, keys, List.copyOf(aggregates));
    }

    int size() {
        return entries.size();
    }

    /**
     * The commit under the numbers {@code lastIndex - size + 1 .. lastIndex}. One aggregate (or one application event)
     * keeps the shape every commit had before units of work were written whole; anything else is a unit-of-work
     * document (see {@link CommitFormat}).
     */
    Document document(long lastIndex, Date committedAt) {
        Document first = entries.get(0);
        Document document = new Document(CommitFormat.ID, lastIndex - size() + 1).append(CommitFormat.LAST_INDEX, lastIndex);
        boolean oneAggregate = aggregates.size() == 1 && keys.size() == size();
        if (oneAggregate || (keys.isEmpty() && size() == 1)) {
            Document last = entries.get(size() - 1);
            String aggregate = first.getString("aggregateIdentifier");
            document.append(CommitFormat.STREAM_KEY, streamKey(aggregate, first.getLong("sequenceNumber")))
                    .append(CommitFormat.AGGREGATE_IDENTIFIER, aggregate)
                    .append("aggregateType", first.getString("type"))
                    .append(CommitFormat.FIRST_SEQUENCE, first.getLong("sequenceNumber"))
                    .append(CommitFormat.LAST_SEQUENCE, last.getLong("sequenceNumber"));
        } else {
            // Application events only: the first one's identifier keeps the unique stream key unique, as before.
            document.append(CommitFormat.STREAM_KEY, keys.isEmpty()
                            ? List.of(streamKey(first.getString("eventIdentifier"), 0)) : keys)
                    .append(CommitFormat.AGGREGATE_IDENTIFIER, aggregates);
        }
        return document.append(CommitFormat.COMMITTED_AT, committedAt).append(CommitFormat.EVENTS, entries);
    }

    /** The event whose stream key is among {@code taken}, for telling which aggregate lost a concurrent write. */
    EventMessage<?> firstEventWithKeyIn(Set<String> taken) {
        int key = 0;
        for (EventMessage<?> event : events) {
            if (isDomainEvent(event)) {
                if (taken.contains(keys.get(key))) {
                    return event;
                }
                key++;
            }
        }
        return events.get(0);
    }
}
