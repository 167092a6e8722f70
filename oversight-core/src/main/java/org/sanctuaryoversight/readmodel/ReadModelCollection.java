package org.sanctuaryoversight.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One collection of a read model with what every projection needs of it: the collection for queries, its batched
 * writes ({@link BatchedCollection}, one per collection, so the documents a batch holds are seen by every write and
 * read through it) and its secondary indexes ({@link ReadModelIndexes}), created when the projection starts and again
 * after {@link #reset()} has dropped the collection.
 *
 * <p>Why: each projection used to repeat the same opening (get the collection, wrap its writes, create its indexes)
 * and the same reset (drop, create the indexes again); this keeps that one job in one place, so a projection holds
 * only its own events, documents and queries.
 */
public final class ReadModelCollection {

    private final MongoCollection<Document> collection;
    private final BatchedCollection writes;
    private final Bson[] indexes;

    /** The named collection of the database, with the indexes its queries need (keys as {@code keys} builds them). */
    public ReadModelCollection(MongoDatabase database, String name, Bson... indexes) {
        this.collection = database.getCollection(name);
        this.writes = new BatchedCollection(collection);
        this.indexes = indexes.clone();
        ReadModelIndexes.ensure(collection, this.indexes);
    }

    /** The collection itself, for queries outside event handling. */
    public MongoCollection<Document> collection() {
        return collection;
    }

    /** The document with this {@code _id}, for a query (read from the collection, not from an event batch). */
    public Optional<Document> findById(Object id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first());
    }

    /** The writes of event handlers, batched. */
    public BatchedCollection writes() {
        return writes;
    }

    /** Drops the collection for a rebuild from the log, keeping its indexes. */
    public void reset() {
        collection.drop();
        ReadModelIndexes.ensure(collection, indexes);
    }
}
