package org.sanctuaryoversight.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;

/**
 * Writes a prepared commit under its reserved numbers and, when that fails, says why: a concurrent writer (Axon's
 * concurrency exceptions, via the engine's exception resolver), numbers readers gave up on, or a counter that was
 * behind. Numbers that will not be written are buried at once, so that no reader waits for them.
 */
record CommitWriter(MongoCollection<Document> commits, GlobalSequence sequence, Clock clock) {

    /** The engine's translation of a persistence failure into Axon's exceptions; it always throws. */
    interface FailureTranslation {
        void fail(Exception cause, EventMessage<?> failedEvent);
    }

    void insert(PreparedCommit commit, long lastIndex, FailureTranslation translation) {
        Document document = commit.document(lastIndex, Date.from(clock.instant()));
        try {
            commits.insertOne(document);
        } catch (RuntimeException e) {
            failed(e, commit, document, translation);
        }
    }

    /** Writes the commits, in order, under the numbers that end at {@code lastIndex}, with one {@code insertMany}. */
    void insertAll(List<PreparedCommit> prepared, long lastIndex) {
        Date committedAt = Date.from(clock.instant());
        long next = lastIndex - prepared.stream().mapToInt(PreparedCommit::size).sum();
        List<Document> documents = new ArrayList<>(prepared.size());
        for (PreparedCommit commit : prepared) {
            next += commit.size();
            documents.add(commit.document(next, committedAt));
        }
        commits.insertMany(documents, new InsertManyOptions().ordered(true));
    }

    private void failed(RuntimeException e, PreparedCommit commit, Document document, FailureTranslation translation) {
        long first = CommitFormat.firstIndex(document);
        if (isDuplicateKey(e)) {
            Document holder = commits.find(Filters.eq(CommitFormat.ID, first)).projection(Projections.include(
                    CommitFormat.ID, CommitFormat.TOMBSTONE)).first();
            if (holder != null && CommitFormat.isTombstone(holder)) {
                throw new EventStoreException("Nothing was stored: the commit of " + commit.size() + " event(s) took"
                        + " longer than the gap timeout to reach the database, and readers have given its event numbers"
                        + " up. Try again.", e);
            }
            if (holder != null) {
                sequence.catchUpWithCommits();
                throw new EventStoreException("Nothing was stored: the event number counter was behind the stored"
                        + " commits (restored from an older backup?). It has been moved up; try again.", e);
            }
            bury(document);
            Set<String> taken = new HashSet<>();
            commits.find(Filters.in(CommitFormat.STREAM_KEY, commit.keys()))
                    .projection(Projections.include(CommitFormat.STREAM_KEY))
                    .forEach(existing -> taken.addAll(streamKeys(existing)));
            translation.fail(e, commit.firstEventWithKeyIn(taken));
            return;
        }
        // The outcome may be unknown (a network error): a tombstone fails if the commit did get written.
        bury(document);
        translation.fail(e, commit.events().get(0));
    }

    /** Marks the numbers of a commit that was not written as never to hold events, so readers need not wait for them. */
    private void bury(Document notWritten) {
        try {
            commits.insertOne(CommitFormat.tombstone(CommitFormat.firstIndex(notWritten),
                    CommitFormat.lastIndex(notWritten), Date.from(clock.instant())));
        } catch (RuntimeException ignored) {
            // Written after all, or the database is unreachable: readers then find out for themselves.
        }
    }

    private static boolean isDuplicateKey(Exception exception) {
        return new SequencedMongoEventStorageEngine.DuplicateKeyResolver().isDuplicateKeyViolation(exception);
    }

    private static List<String> streamKeys(Document commit) {
        Object keys = commit.get(CommitFormat.STREAM_KEY);
        return keys instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(keys));
    }
}
