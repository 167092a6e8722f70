package org.sanctuaryoversight.privacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/** Wrapped data keys in the {@code personal_data_keys} collection, one document per subject. */
public final class MongoDataKeyStore implements DataKeyStore {

    public static final String COLLECTION = "personal_data_keys";

    private final MongoCollection<Document> collection;

    public MongoDataKeyStore(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public void store(String keyId, byte[] wrappedKey) {
        collection.insertOne(new Document("_id", keyId)
                .append("wrappedKey", new Binary(wrappedKey))
                .append("createdAt", java.util.Date.from(Instant.now())));
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", keyId)).first())
                .map(document -> document.get("wrappedKey", Binary.class).getData());
    }

    @Override
    public boolean destroy(String keyId) {
        return collection.deleteOne(Filters.eq("_id", keyId)).getDeletedCount() > 0;
    }
}
