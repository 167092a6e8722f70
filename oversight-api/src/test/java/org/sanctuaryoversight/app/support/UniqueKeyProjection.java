package org.sanctuaryoversight.app.support;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.sanctuaryoversight.complaint.casework.ReviewCaseOpenedEvent;
import org.sanctuaryoversight.readmodel.BatchedCollection;
import org.springframework.boot.test.context.TestComponent;

/**
 * A test-only projection that writes through {@link BatchedCollection}, like every real one, into a collection with a
 * unique index: a case given a key that is taken cannot be written (as a read model write that the database refuses).
 * It runs in its own pooled processor with the same error handling as every real projection.
 */
@TestComponent
@ProcessingGroup(UniqueKeyProjection.PROCESSING_GROUP)
public class UniqueKeyProjection {

    public static final String PROCESSING_GROUP = "test-unique-key-projection";
    public static final String COLLECTION = "test_unique_keys";

    private final MongoCollection<Document> keys;
    private final BatchedCollection writes;
    private final Map<String, String> keyOf = new ConcurrentHashMap<>();

    public UniqueKeyProjection(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
        keys.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        this.writes = new BatchedCollection(keys);
    }

    /** The case's document will carry this key (its own id otherwise). */
    public void giveKey(String caseId, String key) {
        keyOf.put(caseId, key);
    }

    public MongoCollection<Document> collection() {
        return keys;
    }

    @EventHandler
    void on(ReviewCaseOpenedEvent event) {
        writes.replace(event.caseId(), new Document("_id", event.caseId())
                .append("key", keyOf.getOrDefault(event.caseId(), event.caseId())));
    }
}
