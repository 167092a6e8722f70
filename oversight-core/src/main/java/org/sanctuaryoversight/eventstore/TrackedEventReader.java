package org.sanctuaryoversight.eventstore;

import static org.sanctuaryoversight.eventstore.CommitFormat.firstIndex;
import static org.sanctuaryoversight.eventstore.CommitFormat.isTombstone;
import static org.sanctuaryoversight.eventstore.CommitFormat.lastIndex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

/**
 * Reads the global stream for tracking processors with gap-aware tokens.
 *
 * <p>The hot path looks up exact {@code _id} values: the token's gaps and the next window of numbers, both answered
 * from the unique {@code _id} index by MongoDB and by the embedded server. Two situations need more, and both are
 * handled before anything is delivered:
 * <ul>
 *   <li><b>A token inside a commit.</b> A processor stores its token every batch, and a batch may end in the middle of
 *       a multi-event commit; a token it stored may also carry gaps that lie inside a commit it had begun to read.
 *       Numbers inside a commit are not {@code _id}s, so looking them up finds nothing. A token this reader did not
 *       hand out as the end of a fetch (after a restart, a hand-over, a retried batch) is therefore first compared
 *       with the documents that overlap it, and the rest of any commit it stopped inside is delivered.</li>
 *   <li><b>A gap that will not fill.</b> See {@link GapExpiry}.</li>
 * </ul>
 * Documents are always delivered whole (every event the token does not cover), so the last token of a fetch is at a
 * document boundary, and the next fetch, which starts from it, needs no repair.
 */
final class TrackedEventReader {

    /** How far below the head {@link #headToken()} looks for numbers still being written. */
    private static final int HEAD_WINDOW = 1024;
    private static final int REMEMBERED_TOKENS = 1024;
    /**
     * The fewest numbers one fetch looks up after the token. A processor asks for its batch size (100 by default); a
     * catching-up reader (a rebuild) then paid a counter read and a query per 100 events. Each number is still an exact
     * {@code _id} lookup, and delivering more than asked is allowed (a multi-event commit already does).
     */
    static final int MIN_WINDOW = 1000;

    private final MongoCollection<Document> commits;
    private final GlobalSequence sequence;
    private final GapExpiry expiry;
    /** The highest head read so far: the counter only grows, so a window wholly below it needs no new read. */
    private final AtomicLong knownHead = new AtomicLong();
    private final Set<TokenKey> boundaryTokens = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<TokenKey, Boolean> eldest) {
                    return size() > REMEMBERED_TOKENS;
                }
            }));

    TrackedEventReader(MongoCollection<Document> commits, GlobalSequence sequence, GapExpiry expiry) {
        this.commits = commits;
        this.sequence = sequence;
        this.expiry = expiry;
    }

    /** A token by value: its index and gaps. */
    private record TokenKey(long index, List<Long> gaps) {
        static TokenKey of(GapAwareTrackingToken token) {
            return new TokenKey(token.getIndex(), List.copyOf(token.getGaps()));
        }
    }

    List<TrackedEventData<?>> fetch(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken given = asGapAware(lastToken);
        GapAwareTrackingToken token = given == null ? GapAwareTrackingToken.newInstance(0, List.of()) : given;
        int window = Math.max(batchSize, MIN_WINDOW);
        Map<Long, Document> documents = new TreeMap<>();
        boolean atBoundary = given == null || boundaryTokens.contains(TokenKey.of(given));
        if (!atBoundary) {
            documents.putAll(overlapping(token));
        }
        Set<Long> dead = new HashSet<>();
        documents.values().stream().filter(CommitFormat::isTombstone).forEach(d -> dead.addAll(CommitFormat.numbers(d)));
        List<Long> waiting = token.getGaps().stream()
                .filter(gap -> !dead.contains(gap) && documents.values().stream().noneMatch(d -> covers(d, gap)))
                .toList();
        long head = head(token.getIndex() + window, waiting.isEmpty());
        dead.addAll(expiry.buryExpired(waiting, head));
        findNext(token, waiting.stream().filter(gap -> !dead.contains(gap)).toList(), head, window, documents);

        List<TrackedEventData<?>> result = new ArrayList<>();
        List<Long> read = new ArrayList<>();
        GapAwareTrackingToken current = without(token, dead);
        for (Document document : documents.values()) {
            if (isTombstone(document)) {
                dead.addAll(CommitFormat.numbers(document));
                current = without(current, dead);
                continue;
            }
            long number = firstIndex(document);
            for (Document entry : CommitFormat.entries(document)) {
                if (!covers(current, number)) {
                    current = without(current.advanceTo(number, Integer.MAX_VALUE), dead);
                    result.add(CommitFormat.trackedEventData(current, entry));
                    read.add(number);
                }
                number++;
            }
        }
        expiry.forget(read);
        expiry.forget(dead);
        if (!result.isEmpty()) {
            boundaryTokens.add(TokenKey.of((GapAwareTrackingToken) result.get(result.size() - 1).trackingToken()));
        } else if (given != null) {
            boundaryTokens.add(TokenKey.of(given)); // checked above: nothing inside a commit is left behind it
        }
        return result;
    }

    /**
     * The head of the log, read from the counter unless a head already read is at or past {@code upTo} and there are no
     * gaps to time (gap expiry counts numbers reserved since a gap, so it always gets a fresh head). While a reader
     * catches up, its windows lie below the head it last read, and one round trip per fetch is saved.
     */
    private long head(long upTo, boolean noGaps) {
        long known = knownHead.get();
        if (noGaps && upTo <= known) {
            return known;
        }
        long head = sequence.head();
        knownHead.accumulateAndGet(head, Math::max);
        return head;
    }

    /**
     * Adds to {@code documents} what the gaps and the numbers after the token hold: the gaps, then successive windows
     * of {@code batchSize} numbers until one holds events or the head is reached, so that a run of numbers that hold
     * none (tombstones, or reserved and not yet written) never stalls a processor.
     */
    private void findNext(GapAwareTrackingToken token, List<Long> gaps, long head, int batchSize,
                          Map<Long, Document> documents) {
        List<Long> candidates = new ArrayList<>(gaps);
        long windowStart = token.getIndex() + 1;
        boolean found = documents.values().stream().anyMatch(d -> !isTombstone(d));
        while (true) {
            long windowEnd = Math.min(head, windowStart + batchSize - 1);
            LongStream.rangeClosed(windowStart, windowEnd).forEach(candidates::add);
            if (!candidates.isEmpty()) {
                // one reply for the whole window (a cursor's first batch is otherwise 101 documents)
                for (Document document : commits.find(Filters.in(CommitFormat.ID, candidates))
                        .batchSize(candidates.size())) {
                    documents.put(firstIndex(document), document);
                    found |= !isTombstone(document);
                }
            }
            if (found || windowEnd >= head) {
                return;
            }
            windowStart = windowEnd + 1;
            candidates = new ArrayList<>();
        }
    }

    /**
     * The documents that hold numbers the token has not covered although they are not after its index: the rest of
     * a commit it stopped inside, and commits (or tombstones) over its gaps. Used only for a token this reader did not
     * hand out itself; on MongoDB the {@code lastIndex} index bounds the search.
     */
    private Map<Long, Document> overlapping(GapAwareTrackingToken token) {
        long index = token.getIndex();
        if (index == 0) {
            return Map.of();
        }
        long lowest = token.getGaps().isEmpty() ? index : Math.min(token.getGaps().first(), index);
        List<Object> needed = new ArrayList<>();
        for (Document candidate : commits.find(Filters.and(Filters.lte(CommitFormat.ID, index),
                        Filters.gte(CommitFormat.LAST_INDEX, lowest)))
                .projection(Projections.include(CommitFormat.ID, CommitFormat.LAST_INDEX, CommitFormat.TOMBSTONE))) {
            if (lastIndex(candidate) > index || CommitFormat.coversAny(candidate, token.getGaps())) {
                needed.add(candidate.get(CommitFormat.ID));
            }
        }
        Map<Long, Document> documents = new TreeMap<>();
        if (!needed.isEmpty()) {
            commits.find(Filters.in(CommitFormat.ID, needed)).forEach(d -> documents.put(firstIndex(d), d));
        }
        return documents;
    }

    /**
     * A token at the last event written, with the numbers below it that are reserved and not yet written as gaps, so
     * that an event still being written is delivered, not taken for one that came before the token.
     */
    TrackingToken headToken() {
        long head = sequence.head();
        if (head == 0) {
            return null;
        }
        long from = Math.max(1, head - HEAD_WINDOW + 1);
        List<Document> recent = commits.find(Filters.in(CommitFormat.ID, LongStream.rangeClosed(from, head).boxed().toList()))
                .projection(Projections.include(CommitFormat.ID, CommitFormat.LAST_INDEX, CommitFormat.TOMBSTONE))
                .sort(Sorts.ascending(CommitFormat.ID)).into(new ArrayList<>());
        Document lastWritten = null;
        for (Document document : recent) {
            if (!isTombstone(document)) {
                lastWritten = document;
            }
        }
        if (lastWritten == null) {
            Document below = commits.find(Filters.and(Filters.lt(CommitFormat.ID, from),
                            Filters.exists(CommitFormat.TOMBSTONE, false)))
                    .sort(Sorts.descending(CommitFormat.ID)).projection(Projections.include(CommitFormat.LAST_INDEX)).first();
            return below == null ? null : GapAwareTrackingToken.newInstance(lastIndex(below), List.of());
        }
        long index = lastIndex(lastWritten);
        SortedSet<Long> unwritten = new TreeSet<>();
        LongStream.range(firstIndex(recent.get(0)), index).forEach(unwritten::add);
        recent.forEach(document -> unwritten.removeAll(CommitFormat.numbers(document)));
        return GapAwareTrackingToken.newInstance(index, unwritten);
    }

    static GapAwareTrackingToken asGapAware(TrackingToken token) {
        if (token == null || token instanceof GapAwareTrackingToken) {
            return (GapAwareTrackingToken) token;
        }
        throw new IllegalArgumentException("Unsupported token type " + token.getClass().getName()
                + "; this event store tracks with GapAwareTrackingToken");
    }

    private static boolean covers(GapAwareTrackingToken token, long number) {
        return number <= token.getIndex() && !token.getGaps().contains(number);
    }

    private static boolean covers(Document document, long number) {
        return number >= firstIndex(document) && number <= lastIndex(document);
    }

    private static GapAwareTrackingToken without(GapAwareTrackingToken token, Collection<Long> dead) {
        if (dead.isEmpty() || token.getGaps().stream().noneMatch(dead::contains)) {
            return token;
        }
        SortedSet<Long> gaps = new TreeSet<>(token.getGaps());
        gaps.removeAll(dead);
        return GapAwareTrackingToken.newInstance(token.getIndex(), gaps);
    }
}
