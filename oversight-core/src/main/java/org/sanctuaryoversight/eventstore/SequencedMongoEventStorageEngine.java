package org.sanctuaryoversight.eventstore;


import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

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
 *   <li>Everything one unit of work appends is <em>one document</em> (see {@link CommitFormat}): MongoDB writes a
 *       single document atomically even without transactions, so a unit of work that touches several aggregates is
 *       all or nothing, on the embedded server and on a replica set alike.</li>
 *   <li>Events are serialised first; then one atomic {@code $inc} reserves as many consecutive global numbers; the
 *       document's {@code _id} is the first of them.</li>
 *   <li>A unique index on {@code aggregateId:sequence} stream keys means two writers who loaded the same aggregate
 *       version cannot both append (optimistic concurrency); an aggregate's events in one commit must be
 *       consecutive.</li>
 *   <li>Readers track with gap-aware tokens and resume correctly from a token inside a commit
 *       ({@link TrackedEventReader}); a number that stays unwritten is buried, never silently skipped
 *       ({@link GapExpiry}).</li>
 *   <li>The engine's collections use majority writes, majority reads and the primary, whatever the connection
 *       string says: a number, a commit or a tombstone that a reader acted on cannot roll back in a fail-over.</li>
 * </ul>
 */
public final class SequencedMongoEventStorageEngine extends BatchingEventStorageEngine {

    public static final String COMMITS = "event_commits";
    public static final String SNAPSHOTS = "event_snapshots";
    public static final String SEQUENCE = "event_sequence";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final GlobalSequence sequence;
    private final CommitWriter writer;
    private final AggregateStreamReader aggregates;
    private final TrackedEventReader reader;

    private SequencedMongoEventStorageEngine(Builder builder) {
        super(builder);
        this.commits = consistent(builder.database.getCollection(COMMITS));
        this.snapshots = consistent(builder.database.getCollection(SNAPSHOTS));
        this.sequence = new GlobalSequence(consistent(builder.database.getCollection(SEQUENCE)), commits);
        this.writer = new CommitWriter(commits, sequence, builder.clock);
        this.aggregates = new AggregateStreamReader(commits);
        this.reader = new TrackedEventReader(commits, sequence,
                new GapExpiry(commits, builder.clock, builder.gapTimeout, builder.maxGapOffset));
    }

    /** Pinned in code so that a connection string cannot weaken what the guarantees above rest on. */
    static MongoCollection<Document> consistent(MongoCollection<Document> collection) {
        return collection.withWriteConcern(WriteConcern.MAJORITY).withReadConcern(ReadConcern.MAJORITY)
                .withReadPreference(ReadPreference.primary());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Prepares the collections; safe to call on every start: creates the indexes the guarantees depend on, and moves
     * the number counter up to the commits if it is behind them (restored from an older backup, for example).
     */
    public void ensureIndexes() {
        commits.createIndex(Indexes.ascending(CommitFormat.STREAM_KEY),
                new IndexOptions().unique(true).name("uniqueStreamKey"));
        // Used only by rare operations (token at a point in time, loading from a mid-commit sequence, resuming a
        // token that stopped inside a commit).
        commits.createIndex(Indexes.ascending(CommitFormat.COMMITTED_AT), new IndexOptions().name("committedAt"));
        commits.createIndex(Indexes.ascending(CommitFormat.AGGREGATE_IDENTIFIER, CommitFormat.FIRST_SEQUENCE),
                new IndexOptions().name("aggregateStream"));
        commits.createIndex(Indexes.ascending(CommitFormat.LAST_INDEX), new IndexOptions().name("lastIndex"));
        sequence.catchUpWithCommits();
    }

    // ------------------------------------------------------------------------------------------ writing

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        PreparedCommit commit;
        try {
            commit = PreparedCommit.of(events, serializer);
        } catch (NonConsecutiveSequenceException e) {
            handlePersistenceException(e, e.event());
            return;
        }
        insert(commit, sequence.reserve(commit.size()));
    }

    /**
     * Appends each list as its own unit of work, stored exactly as {@link #appendEvents} would store it (one commit
     * document each), with one reservation of numbers and one {@code insertMany} for them all. For preparing a large log
     * quickly (the benchmark's rebuild of a million events), not for commands: a conflict is not translated into Axon's
     * concurrency exceptions, and a failure leaves the numbers after the failed document unwritten (readers bury them
     * after the gap timeout, as for any writer that went away).
     */
    public void appendUnitsOfWork(List<? extends List<? extends EventMessage<?>>> unitsOfWork) {
        List<PreparedCommit> prepared = unitsOfWork.stream().filter(events -> !events.isEmpty())
                .map(events -> PreparedCommit.of(events, getEventSerializer())).toList();
        if (!prepared.isEmpty()) {
            writer.insertAll(prepared, sequence.reserve(prepared.stream().mapToInt(PreparedCommit::size).sum()));
        }
    }

    /**
     * Writes a commit under numbers reserved earlier. Package-private so tests can play a slow writer: reserve, let
     * others append and readers read, and only then write.
     */
    void insert(PreparedCommit commit, long lastIndex) {
        writer.insert(commit, lastIndex, this::handlePersistenceException);
    }

    long reserve(int count) {
        return sequence.reserve(count);
    }

    /** Keeps the newest snapshot: one taken earlier but stored later does not replace it. */
    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document entry = CommitFormat.entry(snapshot, serializer).append(CommitFormat.ID, snapshot.getAggregateIdentifier());
        try {
            snapshots.replaceOne(Filters.and(Filters.eq(CommitFormat.ID, snapshot.getAggregateIdentifier()),
                    Filters.lt("sequenceNumber", snapshot.getSequenceNumber())), entry, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // A snapshot at this or a later sequence number is already stored.
        }
    }

    // ------------------------------------------------------------------------------ reading aggregates

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        return aggregates.fetch(aggregateIdentifier, firstSequenceNumber, batchSize);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq(CommitFormat.ID, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(CommitFormat.domainEventData(snapshot));
    }

    // ------------------------------------------------------------------------------- tracking the log

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return reader.fetch(lastToken, batchSize);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return reader.headToken();
    }

    /**
     * A token before the first commit written at or after {@code dateTime}, by the writer's clock when it wrote the
     * commit (not by the events' own timestamps, which the application sets and which need not follow the stream's
     * order); the head token if there is none.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        Document first = commits.find(Filters.gte(CommitFormat.COMMITTED_AT, Date.from(dateTime)))
                .sort(Sorts.ascending(CommitFormat.ID)).projection(Projections.include(CommitFormat.ID)).first();
        if (first == null) {
            return createHeadToken();
        }
        long before = CommitFormat.firstIndex(first) - 1;
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

    /** Recognises the unique-index violation that means "someone else appended to this aggregate first". */
    static final class DuplicateKeyResolver implements PersistenceExceptionResolver {
        @Override
        public boolean isDuplicateKeyViolation(Exception exception) {
            if (exception instanceof NonConsecutiveSequenceException) {
                return true;
            }
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

        /** How many numbers may be reserved after an unwritten one before readers stop waiting for it, whatever the time. */
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
