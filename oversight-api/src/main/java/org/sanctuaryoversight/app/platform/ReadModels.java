package org.sanctuaryoversight.app.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Read your own writes: after a page sends a command, it waits until the read models it shows have passed the new
 * event, so the next page shows the new state (never a stale one). It waits at most
 * {@code oversight.events.read-your-writes-timeout} and then lets the page show what there is.
 *
 * <p>The waiting thread sleeps until something may have changed, never on a short clock. Two things wake it, and both
 * are needed:
 * <ul>
 *   <li><b>A signal from this instance's processors</b> ({@link ProcessingProgress}): each one reports every token it
 *   stores, right after its batch committed, so the page goes on as soon as the batch it waits for is written. When
 *   this instance has claimed every segment of the groups (one instance, the usual case), the reported positions are
 *   the token store's and decide alone, without reading it; otherwise each signal costs one read of the token store.
 *   </li>
 *   <li><b>A fallback re-check</b> every {@code oversight.events.read-your-writes-recheck}: with several instances
 *   (README, "Scale") another instance may process a segment of the group, and its progress reaches this one
 *   only through the shared token store; a signal cannot come from there. The same re-check covers a claim of this
 *   instance that another one took over.</li>
 * </ul>
 * So a wait reads the token store at most once per signal of its groups, once per re-check interval and once at the
 * start, where it used to read it every 20 ms; with every segment here, only once per re-check interval while a
 * segment is behind, and not at all when the signal that it passed comes first ({@code ReadYourWritesTest}).
 */
@Component
public class ReadModels {

    static final String TOKENS = "trackingtokens";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore events;
    private final MongoDatabase database;
    private final ProcessingProgress progress;
    private final Duration timeout;
    private final Duration recheck;

    @Autowired
    ReadModels(EventStore events, MongoDatabase database, ProcessingProgress progress, OversightProperties properties) {
        this(events, database, progress, properties.events().readYourWritesTimeout(),
                properties.events().readYourWritesRecheck());
    }

    ReadModels(EventStore events, MongoDatabase database, ProcessingProgress progress, Duration timeout,
               Duration recheck) {
        this.events = events;
        this.database = database;
        this.progress = progress;
        this.timeout = timeout;
        if (recheck.isNegative() || recheck.isZero()) {
            throw new IllegalArgumentException("oversight.events.read-your-writes-recheck must be longer than 0, not "
                    + recheck);
        }
        this.recheck = recheck;
    }

    /**
     * Waits until every segment of each processing group has handled every event stored so far.
     *
     * @return whether they caught up within the timeout
     */
    public boolean awaitCaughtUp(String... processingGroups) {
        TrackingToken head = events.createHeadToken();
        long target = head == null ? 0 : head.position().orElse(0);
        List<String> groups = List.of(processingGroups);
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextRecheck = start + recheck.toNanos();
        while (true) {
            long seen = progress.changes(groups);
            ProcessingProgress.Standing here = progress.standing(groups, target);
            if (here == ProcessingProgress.Standing.PASSED) {
                return true;
            }
            long now = System.nanoTime();
            // Every segment claimed here and one behind: the token store holds the same positions, so it is read only
            // on the fallback clock (in case another instance took a claim over); otherwise on every wake-up.
            boolean read = here == ProcessingProgress.Standing.UNKNOWN || now - nextRecheck >= 0;
            if (read) {
                if (caughtUp(groups, target)) {
                    return true;
                }
                nextRecheck = now + recheck.toNanos();
            }
            if (now - deadline >= 0) {
                return false;
            }
            long until = nextRecheck - deadline < 0 ? nextRecheck : deadline;
            if (!progress.awaitChange(groups, seen, Math.max(1, until - now))) {
                return false; // interrupted: the page shows what there is
            }
        }
    }

    /** How many events each processing group is behind the head of the event store (the slowest segment counts). */
    public java.util.Map<String, Long> lag() {
        TrackingToken head = events.createHeadToken();
        long target = head == null ? 0 : head.position().orElse(0);
        java.util.Map<String, Long> behind = new java.util.TreeMap<>();
        for (Document token : database.getCollection(TOKENS).find()) {
            OptionalLong position = position(token.get("token"));
            if (position.isPresent()) {
                behind.merge(token.getString("processorName"), Math.max(0, target - position.getAsLong()), Math::max);
            }
        }
        return behind;
    }

    /**
     * Where every segment of the processing groups stands ({@code group/segment} to the index of its token, -2 when
     * unreadable): it moves whenever one of their read models may have changed, so it can key a cache of what is
     * computed from them. Read it before reading the models: what is then cached is at least as new as its key.
     */
    public java.util.Map<String, Long> positions(String... processingGroups) {
        java.util.Map<String, Long> positions = new java.util.TreeMap<>();
        for (Document token : database.getCollection(TOKENS).find(Filters.in("processorName", List.of(processingGroups)))) {
            positions.put(token.getString("processorName") + "/" + token.get("segment"),
                    position(token.get("token")).orElse(-2));
        }
        return positions;
    }

    private boolean caughtUp(List<String> processingGroups, long target) {
        for (Document token : database.getCollection(TOKENS).find(Filters.in("processorName", processingGroups))) {
            OptionalLong position = position(token.get("token"));
            if (position.isPresent() && position.getAsLong() < target) {
                return false;
            }
        }
        return true;
    }

    /** The index of a stored token (a gap-aware token, or the current token of a replay); empty when unknown. */
    static OptionalLong position(Object stored) {
        if (stored == null) {
            return OptionalLong.of(-1);
        }
        byte[] bytes = stored instanceof Binary binary ? binary.getData()
                : stored instanceof byte[] raw ? raw : stored.toString().getBytes(StandardCharsets.UTF_8);
        try {
            return index(JSON.readTree(bytes));
        } catch (java.io.IOException unreadable) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong index(JsonNode node) {
        if (node == null) {
            return OptionalLong.empty();
        }
        if (node.isArray() && node.size() == 2 && node.get(0).isTextual()) {
            return index(node.get(1)); // a type-wrapped value
        }
        if (node.has("currentToken")) {
            return index(node.get("currentToken"));
        }
        if (node.has("index") && node.get("index").canConvertToLong()) {
            return OptionalLong.of(node.get("index").asLong());
        }
        return OptionalLong.empty();
    }
}
