package org.sanctuaryoversight.eventstore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * The documents of the {@code event_commits} collection. Every document covers the global numbers {@code _id} to
 * {@code lastIndex}. There are three shapes, and readers accept all of them:
 *
 * <ul>
 *   <li><b>A commit of one aggregate</b> (or of one application event), the only shape written before units of work
 *       became atomic, and still the usual one: {@code streamKey} is the string {@code aggregateId:firstSequence};
 *       {@code aggregateIdentifier}, {@code aggregateType}, {@code firstSequence}, {@code lastSequence},
 *       {@code committedAt} and the {@code events} in order. An application event (no aggregate) is stored with its
 *       event identifier as aggregate identifier and no type, as before.</li>
 *   <li><b>A unit of work</b> (several aggregates, or aggregate and application events, appended together): the same,
 *       except that {@code streamKey} is the array of every domain event's {@code aggregateId:sequence} and
 *       {@code aggregateIdentifier} the array of the aggregates; there is no {@code aggregateType},
 *       {@code firstSequence} or {@code lastSequence}. One document is written atomically, so a unit of work is
 *       all or nothing; the unique index on {@code streamKey} covers array elements too.</li>
 *   <li><b>A tombstone</b> ({@code tombstone: true}, no events): numbers that were reserved and will never hold
 *       events. A writer that failed buries its own numbers; a reader buries a number it waited for too long, so
 *       that a writer who comes back later fails instead of writing events nobody will read.</li>
 * </ul>
 */
final class CommitFormat {

    static final String ID = "_id";
    static final String LAST_INDEX = "lastIndex";
    static final String STREAM_KEY = "streamKey";
    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String FIRST_SEQUENCE = "firstSequence";
    static final String LAST_SEQUENCE = "lastSequence";
    static final String COMMITTED_AT = "committedAt";
    static final String EVENTS = "events";
    static final String TOMBSTONE = "tombstone";

    private CommitFormat() {
    }

    /** Whether Axon should see the event as an aggregate's (the test the engine has always applied). */
    static boolean isDomainEvent(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain && domain.getType() != null;
    }

    static String streamKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + ":" + sequenceNumber;
    }

    /** One event as stored in a commit's {@code events}; serialising happens here, before numbers are reserved. */
    static Document entry(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        DomainEventMessage<?> domain = isDomainEvent(event) ? (DomainEventMessage<?>) event : null;
        return new Document("eventIdentifier", event.getIdentifier())
                .append("aggregateIdentifier", domain != null ? domain.getAggregateIdentifier() : event.getIdentifier())
                .append("type", domain != null ? domain.getType() : null)
                .append("sequenceNumber", domain != null ? domain.getSequenceNumber() : 0L)
                .append("timestamp", event.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", metaData.getData());
    }

    /** Marks numbers {@code first..last} as never to hold events. */
    static Document tombstone(long first, long last, Date buriedAt) {
        return new Document(ID, first).append(LAST_INDEX, last)
                // unique like every stream key, so tombstones never collide with each other on that index
                .append(STREAM_KEY, "tombstone:" + first)
                .append(TOMBSTONE, true)
                .append("buriedAt", buriedAt);
    }

    static boolean isTombstone(Document document) {
        return Boolean.TRUE.equals(document.getBoolean(TOMBSTONE));
    }

    static long firstIndex(Document document) {
        return document.get(ID, Number.class).longValue();
    }

    static long lastIndex(Document document) {
        return document.get(LAST_INDEX, Number.class).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<Document> entries(Document commit) {
        Object events = commit.get(EVENTS);
        return events == null ? List.of() : (List<Document>) events;
    }

    static boolean isDomainEntry(Document entry) {
        return entry.getString("type") != null;
    }

    static DomainEventData<String> domainEventData(Document entry) {
        return new GenericDomainEventEntry<>(entry.getString("type"), entry.getString("aggregateIdentifier"),
                entry.getLong("sequenceNumber"), entry.getString("eventIdentifier"), entry.getString("timestamp"),
                entry.getString("payloadType"), entry.getString("payloadRevision"), entry.getString("payload"),
                entry.getString("metaData"));
    }

    /** An entry as the tracking stream delivers it: an aggregate's event, or an application event that has none. */
    static TrackedEventData<?> trackedEventData(TrackingToken token, Document entry) {
        DomainEventData<String> data = domainEventData(entry);
        return isDomainEntry(entry) ? new TrackedDomainEventData<>(token, data) : new TrackedApplicationEvent(token, data);
    }

    /** The numbers a document covers, in order. */
    static List<Long> numbers(Document document) {
        List<Long> numbers = new ArrayList<>();
        for (long n = firstIndex(document); n <= lastIndex(document); n++) {
            numbers.add(n);
        }
        return numbers;
    }

    static boolean coversAny(Document document, Collection<Long> numbers) {
        long first = firstIndex(document);
        long last = lastIndex(document);
        return numbers.stream().anyMatch(n -> n >= first && n <= last);
    }

    /**
     * An application event in the tracking stream. Axon tells aggregate events from the others by whether the data is
     * {@link DomainEventData}, so this deliberately is not.
     */
    record TrackedApplicationEvent(TrackingToken trackingToken, EventData<String> data) implements TrackedEventData<String> {
        @Override
        public String getEventIdentifier() {
            return data.getEventIdentifier();
        }

        @Override
        public java.time.Instant getTimestamp() {
            return data.getTimestamp();
        }

        @Override
        public SerializedObject<String> getMetaData() {
            return data.getMetaData();
        }

        @Override
        public SerializedObject<String> getPayload() {
            return data.getPayload();
        }
    }
}
