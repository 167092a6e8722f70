package org.sanctuaryoversight.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * An Axon event storage engine on MongoDB that gives every event a <em>global sequence number</em> and
 * tracks with gap-aware tokens, so tracking processors miss nothing and deliver nothing twice, even
 * with concurrent writers on several application instances and with no MongoDB transactions.
 *
 * <h2>Why not the stock engine</h2>
 * Axon's Mongo extension orders events by timestamp and relies on a look-back window: an event whose
 * write is slower than the window is silently skipped, and resetting a processor replays unreliably
 * (extension-mongo issues #9 and #498). Projections here feed a public report that must be
 * reproducible, so the stream has to be exact.
 *
 * <h2>How it works</h2>
 * <ul>
 *   <li>All events of one aggregate that one unit of work commits are stored as <em>one document</em>
 *       (a commit), so they become visible atomically: MongoDB writes a single document atomically
 *       even without transactions, and nothing is ever half-written.</li>
 *   <li>A commit of {@code n} events reserves {@code n} consecutive global numbers with one atomic
 *       {@code $inc} on a counter document; the commit's {@code _id} is its first number.</li>
 *   <li>A commit's {@code streamKey} ({@code aggregateId:firstSequenceNumber}) has a unique index: two
 *       writers who loaded the same aggregate version cannot both append (optimistic concurrency).</li>
 *   <li>A number can be reserved but not yet (or never) written. Readers remember such numbers as
 *       <em>gaps</em> in a {@link GapAwareTrackingToken} and look for them again on every fetch, until
 *       a later commit is older than {@code gapTimeout}, which proves the writer has given up.</li>
 *   <li>Every read on the hot path is a lookup of exact {@code _id} or {@code streamKey} values
 *       ({@code $in}), which both a real MongoDB and the embedded server answer from a unique index.</li>
 * </ul>
 */
public final class SequencedMongoEventStorageEngine extends BatchingEventStorageEngine {

    public static final String COMMITS = "event_commits";
    public static final String SNAPSHOTS = "event_snapshots";
    public static final String SEQUENCE = "event_sequence";
    private static final String GLOBAL_COUNTER = "global";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> sequence;
    private final Clock clock;
    private final Duration gapTimeout;
    private final int maxGapOffset;
    private final int gapProbeWindow;

    private SequencedMongoEventStorageEngine(Builder builder) {
        super(builder);
        this.commits = builder.database.getCollection(COMMITS);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        this.sequence = builder.database.getCollection(SEQUENCE);
        this.clock = builder.clock;
        this.gapTimeout = builder.gapTimeout;
        this.maxGapOffset = builder.maxGapOffset;
        this.gapProbeWindow = builder.gapProbeWindow;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the indexes the engine's guarantees depend on. Safe to call on every start. */
    public void ensureIndexes() {
        commits.createIndex(Indexes.ascending("streamKey"), new IndexOptions().unique(true).name("uniqueStreamKey"));
        // Used only by rare operations (token at a point in time, loading from a mid-commit sequence).
        commits.createIndex(Indexes.ascending("committedAt"), new IndexOptions().name("committedAt"));
        commits.createIndex(Indexes.ascending("aggregateIdentifier", "firstSequence"),
                new IndexOptions().name("aggregateStream"));
    }

    // ------------------------------------------------------------------------------------------ writing

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<List<? extends EventMessage<?>>> perAggregate = splitPerAggregate(events);
        if (perAggregate.size() == 1) {
            insertCommit(reserve(events.size()), events, serializer);
            return;
        }
        // Several aggregates in one unit of work (or a bulk load): one $inc reserves every number and one
        // ordered insertMany writes every commit, two round trips instead of two per aggregate. Each commit
        // is still its own atomic document; a rejected commit stops the ones after it, as the loop would.
        long next = reserve(events.size()) - events.size() + 1;
        List<Document> documents = new ArrayList<>(perAggregate.size());
        for (List<? extends EventMessage<?>> commit : perAggregate) {
            next += commit.size();
            documents.add(commitDocument(next - 1, commit, serializer));
        }
        try {
            commits.insertMany(documents);
        } catch (RuntimeException e) {
            handlePersistenceException(e, events.get(0));
        }
    }

    /**
     * Aggregates are the consistency boundary: a unit of work that touched two aggregates writes one
     * atomic commit per aggregate. Events that belong to no aggregate are committed on their own.
     */
    private static List<List<? extends EventMessage<?>>> splitPerAggregate(List<? extends EventMessage<?>> events) {
        List<List<? extends EventMessage<?>>> result = new ArrayList<>();
        List<EventMessage<?>> current = new ArrayList<>();
        String currentAggregate = null;
        for (EventMessage<?> event : events) {
            String aggregate = event instanceof DomainEventMessage<?> domain && domain.getType() != null
                    ? domain.getAggregateIdentifier() : null;
            if (!current.isEmpty() && (aggregate == null || !aggregate.equals(currentAggregate))) {
                result.add(current);
                current = new ArrayList<>();
            }
            current.add(event);
            currentAggregate = aggregate;
        }
        result.add(current);
        return result;
    }

    /**
     * Writes one commit under numbers reserved earlier. Package-private so tests can play a slow writer:
     * reserve, let others append and readers read, and only then write.
     */
    void insertCommit(long lastIndex, List<? extends EventMessage<?>> events, Serializer serializer) {
        Document commit = commitDocument(lastIndex, events, serializer);
        try {
            commits.insertOne(commit);
        } catch (RuntimeException e) {
            // The reserved numbers stay unused: readers treat them as gaps until gapTimeout has passed.
            handlePersistenceException(e, events.get(0));
        }
    }

    private Document commitDocument(long lastIndex, List<? extends EventMessage<?>> events, Serializer serializer) {
        long firstIndex = lastIndex - events.size() + 1;
        List<Document> entries = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            entries.add(entry(event, serializer));
        }
        Document firstEntry = entries.get(0);
        Document lastEntry = entries.get(entries.size() - 1);
        String aggregateIdentifier = firstEntry.getString("aggregateIdentifier");
        return new Document("_id", firstIndex)
                .append("lastIndex", lastIndex)
                .append("streamKey", streamKey(aggregateIdentifier, firstEntry.getLong("sequenceNumber")))
                .append("aggregateIdentifier", aggregateIdentifier)
                .append("aggregateType", firstEntry.getString("type"))
                .append("firstSequence", firstEntry.getLong("sequenceNumber"))
                .append("lastSequence", lastEntry.getLong("sequenceNumber"))
                .append("committedAt", Date.from(clock.instant()))
                .append("events", entries);
    }

    /** Reserves {@code count} consecutive global numbers and returns the last of them. */
    long reserve(int count) {
        Document counter = sequence.findOneAndUpdate(Filters.eq("_id", GLOBAL_COUNTER), Updates.inc("value", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return Objects.requireNonNull(counter).get("value", Number.class).longValue();
    }

    private static Document entry(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        boolean domain = event instanceof DomainEventMessage<?> d && d.getType() != null;
        DomainEventMessage<?> domainEvent = domain ? (DomainEventMessage<?>) event : null;
        return new Document("eventIdentifier", event.getIdentifier())
                .append("aggregateIdentifier", domain ? domainEvent.getAggregateIdentifier() : event.getIdentifier())
                .append("type", domain ? domainEvent.getType() : null)
                .append("sequenceNumber", domain ? domainEvent.getSequenceNumber() : 0L)
                .append("timestamp", event.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", metaData.getData());
    }

    private static String streamKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + ":" + sequenceNumber;
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document entry = entry(snapshot, serializer).append("_id", snapshot.getAggregateIdentifier());
        snapshots.replaceOne(Filters.eq("_id", snapshot.getAggregateIdentifier()), entry,
                new ReplaceOptions().upsert(true));
    }

    // ------------------------------------------------------------------------------ reading aggregates

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
                .mapToObj(sequenceNumber -> streamKey(aggregateIdentifier, sequenceNumber))
                .toList();
        List<Document> found = commits.find(Filters.in("streamKey", keys)).sort(Sorts.ascending("firstSequence"))
                .into(new ArrayList<>());
        if ((found.isEmpty() || found.get(0).getLong("firstSequence") != firstSequenceNumber) && firstSequenceNumber > 0) {
            // Only when loading from a snapshot taken in the middle of a commit: find the commit that contains it.
            Document containing = commits.find(Filters.and(Filters.eq("aggregateIdentifier", aggregateIdentifier),
                    Filters.lte("firstSequence", firstSequenceNumber),
                    Filters.gte("lastSequence", firstSequenceNumber))).first();
            if (containing != null) {
                found.add(0, containing);
            }
        }
        List<DomainEventData<?>> result = new ArrayList<>();
        for (Document commit : found) {
            for (Document entry : entries(commit)) {
                if (entry.getLong("sequenceNumber") >= firstSequenceNumber) {
                    result.add(domainEventData(entry));
                }
            }
        }
        return result;
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq("_id", aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(domainEventData(snapshot));
    }

    // ------------------------------------------------------------------------------- tracking the log

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = dropExpiredGaps(asGapAware(lastToken));
        long index = token == null ? 0 : token.getIndex();
        long head = head();
        SortedSet<Long> gaps = token == null ? Collections.emptySortedSet() : token.getGaps();
        if (head <= index && gaps.isEmpty()) {
            return List.of();
        }
        List<Document> found = List.of();
        long windowStart = index + 1;
        // Look at the gaps and then at successive windows of numbers until something is found or the head
        // is reached, so a run of reserved-but-unwritten numbers never stalls a processor.
        List<Long> candidates = new ArrayList<>(gaps);
        while (found.isEmpty()) {
            long windowEnd = Math.min(head, windowStart + batchSize - 1);
            LongStream.rangeClosed(windowStart, windowEnd).forEach(candidates::add);
            if (candidates.isEmpty()) {
                return List.of();
            }
            found = commits.find(Filters.in("_id", candidates)).sort(Sorts.ascending("_id")).into(new ArrayList<>());
            if (windowEnd >= head) {
                break;
            }
            windowStart = windowEnd + 1;
            candidates = new ArrayList<>();
        }
        List<TrackedEventData<?>> result = new ArrayList<>();
        GapAwareTrackingToken current = token;
        for (Document commit : found) {
            long eventIndex = commit.getLong("_id");
            for (Document entry : entries(commit)) {
                current = current == null
                        ? GapAwareTrackingToken.newInstance(eventIndex, LongStream.range(
                                Math.max(1, eventIndex - maxGapOffset), eventIndex).boxed().toList())
                        : current.advanceTo(eventIndex, maxGapOffset);
                result.add(new TrackedDomainEventData<>(current, domainEventData(entry)));
                eventIndex++;
            }
        }
        return result;
    }

    private static GapAwareTrackingToken asGapAware(TrackingToken token) {
        if (token == null || token instanceof GapAwareTrackingToken) {
            return (GapAwareTrackingToken) token;
        }
        throw new IllegalArgumentException("Unsupported token type " + token.getClass().getName()
                + "; this event store tracks with GapAwareTrackingToken");
    }

    /**
     * Forgets gaps that can no longer fill: a commit numbered above a gap was written more than
     * {@code gapTimeout} ago, and numbers are reserved in order, so the writer of the gap reserved it
     * even earlier and has long given up (a rejected concurrent write, or a crash).
     */
    private GapAwareTrackingToken dropExpiredGaps(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return token;
        }
        long lowestGap = token.getGaps().first();
        List<Long> probe = LongStream.rangeClosed(lowestGap + 1, Math.min(token.getIndex(), lowestGap + gapProbeWindow))
                .boxed().toList();
        Document next = commits.find(Filters.in("_id", probe)).sort(Sorts.ascending("_id"))
                .projection(new Document("committedAt", 1)).first();
        if (next == null || !next.getDate("committedAt").toInstant().isBefore(clock.instant().minus(gapTimeout))) {
            return token;
        }
        long firstLiveGapCandidate = next.getLong("_id");
        SortedSet<Long> remaining = new TreeSet<>(token.getGaps().tailSet(firstLiveGapCandidate));
        return GapAwareTrackingToken.newInstance(token.getIndex(), remaining);
    }

    /** The highest global number reserved so far, written or not. */
    private long head() {
        Document counter = sequence.find(Filters.eq("_id", GLOBAL_COUNTER)).first();
        return counter == null ? 0 : counter.get("value", Number.class).longValue();
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long head = head();
        return head == 0 ? null : GapAwareTrackingToken.newInstance(head, List.of());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Bson committedSince = Filters.gte("committedAt", Date.from(dateTime));
        Document first = commits.find(committedSince).sort(Sorts.ascending("_id")).projection(new Document("_id", 1))
                .first();
        if (first == null) {
            return createHeadToken();
        }
        long before = first.getLong("_id") - 1;
        return before == 0 ? null : GapAwareTrackingToken.newInstance(before, List.of());
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Long last = null;
        long next = 0;
        while (true) {
            List<? extends DomainEventData<?>> batch = fetchDomainEvents(aggregateIdentifier, next, batchSize());
            if (batch.isEmpty()) {
                return Optional.ofNullable(last);
            }
            last = batch.get(batch.size() - 1).getSequenceNumber();
            next = last + 1;
        }
    }

    // ----------------------------------------------------------------------------------------- helpers

    @SuppressWarnings("unchecked")
    private static List<Document> entries(Document commit) {
        return (List<Document>) commit.get("events");
    }

    private static DomainEventData<String> domainEventData(Document entry) {
        return new GenericDomainEventEntry<>(entry.getString("type"), entry.getString("aggregateIdentifier"),
                entry.getLong("sequenceNumber"), entry.getString("eventIdentifier"), entry.getString("timestamp"),
                entry.getString("payloadType"), entry.getString("payloadRevision"), entry.getString("payload"),
                entry.getString("metaData"));
    }

    /** Recognises the unique-index violation that means "someone else appended to this aggregate first". */
    static final class DuplicateKeyResolver implements PersistenceExceptionResolver {
        @Override
        public boolean isDuplicateKeyViolation(Exception exception) {
            if (exception instanceof MongoBulkWriteException bulk) {
                return bulk.getWriteErrors().stream()
                        .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            }
            return exception instanceof MongoWriteException write
                    && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
    }

    public static final class Builder extends BatchingEventStorageEngine.Builder {
        private MongoDatabase database;
        private Clock clock = Clock.systemUTC();
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int maxGapOffset = 10_000;
        private int gapProbeWindow = 64;

        private Builder() {
            persistenceExceptionResolver(new DuplicateKeyResolver());
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How long a reserved number may stay unwritten before readers stop waiting for it. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() {
            super.validate();
            Objects.requireNonNull(database, "database");
        }

        public SequencedMongoEventStorageEngine build() {
            validate();
            return new SequencedMongoEventStorageEngine(this);
        }
    }
}
