package org.sanctuaryoversight.app.platform;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.bson.types.ObjectId;

/**
 * Short-lived state that every instance must see alike (rate-limit windows, failed sign-ins, used TOTP steps,
 * one-time submission tokens), in one MongoDB collection. Every record carries {@code expiresAt}: MongoDB drops
 * it through a TTL index, and because the embedded server ignores TTL indexes, every read here also ignores
 * expired records and {@link #sweep()} deletes them on a schedule. Nothing here is an event or a read model: it
 * may be lost at any time at the cost of a limit starting over.
 */
public class SharedState {

    public static final String COLLECTION = "shared_state";
    private static final String EXPIRES_AT = "expiresAt";
    private static final int ATTEMPTS = 3;

    private final MongoCollection<Document> records;
    private final Clock clock;

    public SharedState(MongoDatabase database, Clock clock) {
        this.records = database.getCollection(COLLECTION);
        this.clock = clock;
        records.createIndex(Indexes.ascending(EXPIRES_AT), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        records.createIndex(Indexes.ascending("key", "at"));
    }

    /** Adds one to the counter {@code key}, which lives until {@code expiresAt}; answers the new count. */
    public long increment(String key, Instant expiresAt) {
        for (int attempt = 1; ; attempt++) {
            try {
                Document counter = records.findOneAndUpdate(Filters.and(Filters.eq("_id", key), live()),
                        Updates.combine(Updates.inc("count", 1L), Updates.setOnInsert(EXPIRES_AT, Date.from(expiresAt))),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                return ((Number) counter.get("count")).longValue();
            } catch (MongoWriteException e) {
                // another instance inserted it first, or an expired counter of that name awaits the sweep
                retryOnDuplicate(e, key, attempt);
            }
        }
    }

    /** Remembers that something happened now under {@code key} (one of many), until {@code expiresAt}. */
    public void record(String key, Instant expiresAt) {
        records.insertOne(new Document("_id", new ObjectId()).append("key", key)
                .append("at", Date.from(clock.instant())).append(EXPIRES_AT, Date.from(expiresAt)));
    }

    /** How many times something was recorded under any of {@code keys} after {@code since}. */
    public long countSince(Collection<String> keys, Instant since) {
        return records.countDocuments(Filters.and(Filters.in("key", keys), Filters.gt("at", Date.from(since)), live()));
    }

    /** Forgets everything recorded under {@code key}. */
    public void forget(String key) {
        records.deleteMany(Filters.eq("key", key));
    }

    /**
     * Raises the high-water mark {@code key} to {@code value}, kept until {@code expiresAt}; true when it was lower
     * (or unset, or expired), false when it already stood at {@code value} or higher. Atomic across instances.
     */
    public boolean raise(String key, long value, Instant expiresAt) {
        for (int attempt = 1; ; attempt++) {
            Bson lowerOrExpired = Filters.or(Filters.lt("mark", value), Filters.lte(EXPIRES_AT, now()));
            if (records.updateOne(Filters.and(Filters.eq("_id", key), lowerOrExpired),
                    Updates.combine(Updates.set("mark", value), Updates.set(EXPIRES_AT, Date.from(expiresAt))))
                    .getMatchedCount() == 1) {
                return true;
            }
            try {
                records.insertOne(new Document("_id", key).append("mark", value).append(EXPIRES_AT, Date.from(expiresAt)));
                return true;
            } catch (MongoWriteException e) {
                if (!isDuplicate(e)) {
                    throw e;
                }
                if (records.countDocuments(Filters.and(Filters.eq("_id", key), Filters.gte("mark", value), live())) > 0
                        || attempt >= ATTEMPTS) {
                    return false;
                }
            }
        }
    }

    /** Claims {@code key} until {@code expiresAt}: true for the first claim, false while someone holds it. */
    public boolean claim(String key, Instant expiresAt) {
        for (int attempt = 1; ; attempt++) {
            try {
                records.insertOne(new Document("_id", key).append(EXPIRES_AT, Date.from(expiresAt)));
                return true;
            } catch (MongoWriteException e) {
                if (!isDuplicate(e)) {
                    throw e;
                }
                boolean expiredOneRemoved = records.deleteOne(Filters.and(Filters.eq("_id", key),
                        Filters.lte(EXPIRES_AT, now()))).getDeletedCount() == 1;
                if (!expiredOneRemoved || attempt >= ATTEMPTS) {
                    return false;
                }
            }
        }
    }

    /** Gives up a claim (or any record named {@code key}). */
    public void release(String key) {
        records.deleteOne(Filters.eq("_id", key));
    }

    /**
     * A value made once and then shared by every instance until {@code expiresAt} (the first writer wins), such as
     * the random salt of a rate-limit window.
     */
    public byte[] shared(String key, Supplier<byte[]> make, Instant expiresAt) {
        for (int attempt = 1; ; attempt++) {
            Optional<byte[]> existing = value(key);
            if (existing.isPresent()) {
                return existing.get();
            }
            try {
                byte[] value = make.get();
                records.insertOne(new Document("_id", key).append("value", new Binary(value))
                        .append(EXPIRES_AT, Date.from(expiresAt)));
                return value;
            } catch (MongoWriteException e) {
                retryOnDuplicate(e, key, attempt);
            }
        }
    }

    /** The value stored by {@link #shared} under {@code key}, while it lives. */
    public Optional<byte[]> value(String key) {
        return Optional.ofNullable(records.find(Filters.and(Filters.eq("_id", key), live())).first())
                .map(existing -> existing.get("value", Binary.class)).map(Binary::getData);
    }

    /** Deletes every expired record (MongoDB's TTL monitor does it too; the embedded server does not). */
    public long sweep() {
        return records.deleteMany(Filters.lte(EXPIRES_AT, now())).getDeletedCount();
    }

    private void retryOnDuplicate(MongoWriteException e, String key, int attempt) {
        if (!isDuplicate(e) || attempt >= ATTEMPTS) {
            throw e;
        }
        records.deleteOne(Filters.and(Filters.eq("_id", key), Filters.lte(EXPIRES_AT, now())));
    }

    private Bson live() {
        return Filters.gt(EXPIRES_AT, now());
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private static boolean isDuplicate(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
