package org.sanctuaryoversight.app.platform;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * What this instance's event processors have stored in the token store, told by {@link ProgressReportingTokenStore}
 * the moment each token is written: a page waiting to read its own write ({@link ReadModels}) is woken by it instead
 * of re-reading the token store on a clock.
 *
 * <p>It also keeps, for the segments this instance has claimed, where each one stands. When the segments claimed here
 * make up the whole of a processing group (one instance, or every segment claimed here), these positions are the token
 * store's own, so a waiter needs no read of the token store at all. A segment another instance owns is not known
 * here, and then the waiter reads the token store.
 */
@Component
public class ProcessingProgress {

    /** {@code 2^31}: a segment with mask {@code m} covers {@code 2^31 / (m + 1)} of it (Axon's masks are 2^k - 1). */
    private static final long WHOLE = 1L << 31;

    private final Object lock = new Object();
    /** Processing group → segment id → the segment's claim here; guarded by {@link #lock}. */
    private final Map<String, Map<Integer, Claim>> claims = new HashMap<>();
    /** Processing group → how many times its progress here changed; guarded by {@link #lock}. */
    private final Map<String, Long> changes = new HashMap<>();

    /** How a group's segments claimed here stand against a position of the event store. */
    enum Standing {
        /** Every segment is claimed here and has passed the position. */
        PASSED,
        /** Every segment is claimed here and one has not passed it: the token store cannot say otherwise. */
        BEHIND,
        /** Not every segment is claimed here (or a position is unknown): only the token store can tell. */
        UNKNOWN
    }

    private record Claim(int mask, OptionalLong position) {
    }

    /** This instance claimed the segment, whose stored token is {@code token}. */
    void claimed(String group, Segment segment, TrackingToken token) {
        synchronized (lock) {
            claims.computeIfAbsent(group, name -> new HashMap<>())
                    .put(segment.getSegmentId(), new Claim(segment.getMask(), position(token)));
            changed(group);
        }
    }

    /** This instance stored the segment's token (a batch committed): wakes whoever waits on the group. */
    void stored(String group, int segment, TrackingToken token) {
        synchronized (lock) {
            Map<Integer, Claim> segments = claims.get(group);
            Claim claim = segments == null ? null : segments.get(segment);
            if (claim != null) {
                segments.put(segment, new Claim(claim.mask(), position(token)));
            }
            changed(group);
        }
    }

    /** This instance no longer holds the segment (released, deleted, or its claim was found taken). */
    void released(String group, int segment) {
        synchronized (lock) {
            Map<Integer, Claim> segments = claims.get(group);
            if (segments != null) {
                segments.remove(segment);
            }
            changed(group);
        }
    }

    /** How many times the groups' progress here has changed so far: pass it to {@link #awaitChange}. */
    long changes(Collection<String> groups) {
        synchronized (lock) {
            long sum = 0;
            for (String group : groups) {
                sum += changes.getOrDefault(group, 0L);
            }
            return sum;
        }
    }

    /**
     * Waits until the groups' progress here changes from {@code seen} (see {@link #changes}), or {@code nanos} pass.
     *
     * @return false when the thread was interrupted (its flag is set again)
     */
    boolean awaitChange(Collection<String> groups, long seen, long nanos) {
        long until = System.nanoTime() + nanos;
        synchronized (lock) {
            long left = nanos;
            while (changes(groups) == seen && left > 0) {
                try {
                    lock.wait(Math.max(1, left / 1_000_000), 0);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                left = until - System.nanoTime();
            }
            return true;
        }
    }

    /** Where the groups stand against {@code target} by what this instance alone knows. */
    Standing standing(Collection<String> groups, long target) {
        synchronized (lock) {
            Standing standing = Standing.PASSED;
            for (String group : groups) {
                Map<Integer, Claim> segments = claims.getOrDefault(group, Map.of());
                long covered = 0;
                for (Claim claim : segments.values()) {
                    if (claim.position().isEmpty()) {
                        return Standing.UNKNOWN;
                    }
                    covered += WHOLE / (claim.mask() + 1L);
                    if (claim.position().getAsLong() < target) {
                        standing = Standing.BEHIND;
                    }
                }
                if (covered != WHOLE) {
                    return Standing.UNKNOWN;
                }
            }
            return standing;
        }
    }

    private void changed(String group) {
        changes.merge(group, 1L, Long::sum);
        lock.notifyAll();
    }

    /** A token's index, as {@link ReadModels#position} reads it from the store: -1 for none yet. */
    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.of(-1) : token.position();
    }
}
