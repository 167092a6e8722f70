package org.sanctuaryoversight.app.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.springframework.boot.test.context.TestComponent;

/**
 * A test-only projection that counts, in MongoDB, how many times each event was delivered to it. It
 * runs in its own pooled streaming processor like every real projection, with its token in the token
 * store, so a lost token shows up as counts of 2 and a missed event as a missing entry.
 */
@TestComponent
@ProcessingGroup(DeliveryLedger.PROCESSING_GROUP)
public class DeliveryLedger {

    public static final String PROCESSING_GROUP = "delivery-ledger";
    static final String COLLECTION = "test_delivery_ledger";

    private final MongoCollection<Document> ledger;
    private final MongoDatabase database;

    public DeliveryLedger(MongoDatabase database) {
        this.database = database;
        this.ledger = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(EventMessage<?> event) {
        ledger.updateOne(Filters.eq("_id", event.getIdentifier()), Updates.inc("deliveries", 1),
                new UpdateOptions().upsert(true));
    }

    /** Event identifier to number of deliveries. */
    public Map<String, Integer> deliveries() {
        Map<String, Integer> counts = new HashMap<>();
        for (Document entry : ledger.find()) {
            counts.put(entry.getString("_id"), entry.getInteger("deliveries"));
        }
        return counts;
    }

    /** Every event identifier in the event store. */
    public Set<String> storedEventIds() {
        Set<String> ids = new HashSet<>();
        for (Document commit : database.getCollection(SequencedMongoEventStorageEngine.COMMITS).find()) {
            for (Document event : commit.getList("events", Document.class, List.of())) {
                ids.add(event.getString("eventIdentifier"));
            }
        }
        return ids;
    }
}
