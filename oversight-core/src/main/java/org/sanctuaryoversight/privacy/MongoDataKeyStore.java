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
    private final java.util.function.Consumer<java.util.Collection<byte[]>> eraseDeleted;
    private final java.util.List<byte[]> replaced = new java.util.ArrayList<>();

    public MongoDataKeyStore(MongoDatabase database) {
        this(database, wrappedKeys -> { });
    }

    /**
     * @param eraseDeleted given the wrapped keys just destroyed or replaced, makes sure the storage keeps no
     *                     readable copy of them: the embedded database's {@code EmbeddedMongo.erase}; nothing for
     *                     a MongoDB server (what WiredTiger and the oplog keep is in docs/security.md)
     */
    public MongoDataKeyStore(MongoDatabase database, java.util.function.Consumer<java.util.Collection<byte[]>> eraseDeleted) {
        this.collection = database.getCollection(COLLECTION);
        this.eraseDeleted = eraseDeleted;
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
        Optional<byte[]> wrapped = find(keyId);
        boolean destroyed = collection.deleteOne(Filters.eq("_id", keyId)).getDeletedCount() > 0;
        if (destroyed) {
            eraseDeleted.accept(java.util.List.of(wrapped.orElseThrow()));
        }
        return destroyed;
    }

    @Override
    public java.util.List<String> keyIds() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        collection.find().projection(new Document("_id", 1)).forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    @Override
    public java.util.List<String> keyIdsCreatedBefore(Instant instant) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        collection.find(Filters.lt("createdAt", java.util.Date.from(instant))).projection(new Document("_id", 1))
                .forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    @Override
    public synchronized void replace(String keyId, byte[] wrappedKey) {
        find(keyId).ifPresent(replaced::add);
        collection.updateOne(Filters.eq("_id", keyId), new Document("$set", new Document("wrappedKey", new Binary(wrappedKey))));
    }

    @Override
    public synchronized void eraseReplaced() {
        eraseDeleted.accept(java.util.List.copyOf(replaced));
        replaced.clear();
    }
}
