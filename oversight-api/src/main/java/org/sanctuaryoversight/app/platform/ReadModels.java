package org.sanctuaryoversight.app.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

/**
 * Read your own writes: after a page sends a command, it waits until the read models it shows have passed the new
 * event, so the next page shows the new state (never a stale one). It reads the positions every instance's
 * processors stored in the token store, so it works whichever instance processes the case's segment; it waits at most
 * {@code oversight.events.read-your-writes-timeout} and then lets the page show what there is.
 */
@Component
public class ReadModels {

    static final String TOKENS = "trackingtokens";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore events;
    private final MongoDatabase database;
    private final Duration timeout;

    ReadModels(EventStore events, MongoDatabase database, OversightProperties properties) {
        this.events = events;
        this.database = database;
        this.timeout = properties.events().readYourWritesTimeout();
    }

    /**
     * Waits until every segment of each processing group has handled every event stored so far.
     *
     * @return whether they caught up within the timeout
     */
    public boolean awaitCaughtUp(String... processingGroups) {
        TrackingToken head = events.createHeadToken();
        long target = head == null ? 0 : head.position().orElse(0);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUp(List.of(processingGroups), target)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        return true;
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
