package org.sanctuaryoversight.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Decides when a reader stops waiting for a reserved number and makes that decision stick.
 *
 * <p>A gap (a number reserved but not written) is given up when <em>this reader</em> has seen it missing for
 * {@code gapTimeout} by its own clock, or when more than {@code maxGapOffset} numbers have been reserved after it.
 * Nothing compares the writer's clock with the reader's, so clock skew between instances cannot shorten the wait.
 *
 * <p>Giving up is a write, not a guess: a tombstone document takes the number's {@code _id} (written with majority
 * write concern, like everything in the event store). A writer that comes back later with that number gets a
 * duplicate key and its command fails, instead of being acknowledged for events no reader will ever deliver. A writer
 * that got there first makes the tombstone fail; its commit is then read like any other.
 */
final class GapExpiry {

    /** Forgets everything it timed when it has timed this many numbers (a reset restarts the waits: safe, just slower). */
    private static final int MAX_TIMED = 100_000;

    private final MongoCollection<Document> commits;
    private final Clock clock;
    private final Duration gapTimeout;
    private final int maxGapOffset;
    private final Map<Long, Instant> firstSeenMissing = new ConcurrentHashMap<>();

    GapExpiry(MongoCollection<Document> commits, Clock clock, Duration gapTimeout, int maxGapOffset) {
        this.commits = commits;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
        this.maxGapOffset = maxGapOffset;
    }

    /**
     * Buries the gaps that have expired, lowest first, and stops at the first one that has a document by now.
     *
     * @param gaps the reader's gaps, ascending, without those it is about to read
     * @param head the highest number reserved
     * @return the numbers buried: they will never hold events
     */
    List<Long> buryExpired(Collection<Long> gaps, long head) {
        Instant now = clock.instant();
        if (firstSeenMissing.size() > MAX_TIMED) {
            firstSeenMissing.clear();
        }
        List<Long> expired = new ArrayList<>();
        for (long gap : gaps) {
            Instant since = firstSeenMissing.computeIfAbsent(gap, number -> now);
            if (gap < head - maxGapOffset || !since.plus(gapTimeout).isAfter(now)) {
                expired.add(gap);
            }
        }
        if (expired.isEmpty()) {
            return List.of();
        }
        Date buriedAt = Date.from(now);
        List<Document> tombstones = expired.stream().map(gap -> CommitFormat.tombstone(gap, gap, buriedAt)).toList();
        List<Long> buried = expired;
        try {
            commits.insertMany(tombstones, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            var error = e.getWriteErrors().get(0);
            if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // The number has a document after all (a late commit, or another reader's tombstone): read it this time.
            buried = expired.subList(0, error.getIndex());
        }
        forget(buried);
        return buried;
    }

    /** Stops timing numbers that were read or buried. */
    void forget(Collection<Long> numbers) {
        numbers.forEach(firstSeenMissing::remove);
    }
}
