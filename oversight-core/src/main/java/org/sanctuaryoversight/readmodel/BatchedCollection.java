package org.sanctuaryoversight.readmodel;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.BsonDocumentReader;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * A read model's collection whose writes are made in bulk, one {@code bulkWrite} per event batch.
 *
 * <p>Why: a projection that wrote each event's change as it handled it paid one round trip per write, and a rebuild
 * of the log ran at a few hundredths of the speed the database could read it (issue 19). Inside a processor's batch
 * (Axon's {@link BatchingUnitOfWork}, one per batch of {@code oversight.events.batch-size} events) the writes are kept
 * in the unit of work, in order, and sent as one ordered {@code bulkWrite} when the batch commits, before the
 * processor's token is stored ({@code TokenStoredAfterEvents} stores it in the commit phase): the token moves only
 * with the batch's writes. Outside a batch (a dead letter being retried, a test calling a handler) each write is made
 * at once, as before.
 *
 * <p>Reads inside a batch see the batch's own earlier writes: a document the batch replaced is answered from the
 * batch (a copy, so a handler may change it), and any other read of the collection first sends what the batch holds
 * for it. Every write is one the projection made before batching, in the same order, so the documents are the same,
 * byte for byte.
 *
 * <p>When a bulk write fails, the batch fails and the processor retries it; on that retry the events whose writes
 * were in the failed bulk write are written one by one, at once, so that the event that cannot be written fails in its
 * handler and goes to its processing group's dead-letter queue exactly as it did before batching, and the others are
 * applied.
 */
public final class BatchedCollection {

    private final MongoCollection<Document> collection;
    /** This collection's buffer in a unit of work's resources. */
    private final String resourceKey = BatchedCollection.class.getName() + "@" + System.identityHashCode(this);
    /** Events whose writes were in a bulk write that failed: their retry writes one by one. */
    private final Set<String> oneByOne = ConcurrentHashMap.newKeySet();

    public BatchedCollection(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** The collection itself, for queries outside event handling, indexes and resets. */
    public MongoCollection<Document> collection() {
        return collection;
    }

    /** Replaces (or inserts) the document with this {@code _id}. */
    public void replace(Object id, Document document) {
        Pending pending = pending();
        if (pending == null) {
            collection.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
            return;
        }
        Document held = copy(document); // what the handler does with its document afterwards is not written
        pending.add(new ReplaceOneModel<>(Filters.eq("_id", id), held, new ReplaceOptions().upsert(true)));
        pending.known.put(id, held);
        pending.changed.remove(id);
    }

    /** Updates the document with this {@code _id}, if there is one. */
    public void update(Object id, Bson update) {
        update(id, update, false);
    }

    /** Updates the document with this {@code _id}, made if missing. */
    public void upsert(Object id, Bson update) {
        update(id, update, true);
    }

    private void update(Object id, Bson update, boolean upsert) {
        Pending pending = pending();
        if (pending == null) {
            collection.updateOne(Filters.eq("_id", id), update, new UpdateOptions().upsert(upsert));
            return;
        }
        pending.add(new UpdateOneModel<>(Filters.eq("_id", id), update, new UpdateOptions().upsert(upsert)));
        pending.known.remove(id);
        pending.changed.add(id);
    }

    /** Updates the first document the filter finds. */
    public void updateFirst(Bson filter, Bson update) {
        Pending pending = pending();
        if (pending == null) {
            collection.updateOne(filter, update);
            return;
        }
        pending.add(new UpdateOneModel<>(filter, update));
        pending.anywhere = true;
    }

    /** Deletes every document the filter finds. */
    public void deleteMany(Bson filter) {
        Pending pending = pending();
        if (pending == null) {
            collection.deleteMany(filter);
            return;
        }
        pending.add(new DeleteManyModel<>(filter));
        pending.anywhere = true;
    }

    /** The document with this {@code _id} as the batch has left it so far, or {@code null}. */
    public Document findById(Object id) {
        Pending pending = current();
        if (pending != null && !pending.writes.isEmpty()) {
            if (!pending.anywhere && pending.known.containsKey(id)) {
                return copy(pending.known.get(id));
            }
            if (pending.anywhere || pending.changed.contains(id)) {
                pending.flush(collection);
            }
        }
        return collection.find(Filters.eq("_id", id)).first();
    }

    /** The documents the filter finds, after the batch's writes to this collection so far. */
    public FindIterable<Document> find(Bson filter) {
        Pending pending = current();
        if (pending != null) {
            pending.flush(collection);
        }
        return collection.find(filter);
    }

    /**
     * A deep copy with the same BSON types (a long stays a long), encoded and decoded with the collection's codecs, as
     * the database would give it back.
     */
    private Document copy(Document document) {
        CodecRegistry codecs = collection.getCodecRegistry();
        return codecs.get(Document.class).decode(new BsonDocumentReader(document.toBsonDocument(Document.class, codecs)),
                DecoderContext.builder().build());
    }

    /** This batch's buffer for the write being made, made on first use; {@code null} when the write goes at once. */
    private Pending pending() {
        UnitOfWork<?> unitOfWork = batch();
        if (unitOfWork == null) {
            return null;
        }
        String event = eventOf(unitOfWork);
        if (event != null && oneByOne.contains(event)) {
            // the retry of a failed bulk write: this event's writes go at once, so its failure is its own
            Set<String> retried = unitOfWork.root().getOrComputeResource(resourceKey + "/retried", key -> {
                Set<String> ids = new HashSet<>();
                unitOfWork.root().afterCommit(committed -> oneByOne.removeAll(ids));
                return ids;
            });
            retried.add(event);
            Pending held = unitOfWork.root().getResource(resourceKey);
            if (held != null) {
                held.flush(collection); // the batch's earlier writes first, so that the order of writes stays
            }
            return null;
        }
        Pending pending = unitOfWork.root().getOrComputeResource(resourceKey, key -> {
            Pending made = new Pending();
            unitOfWork.root().onPrepareCommit(committing -> made.commit(collection));
            return made;
        });
        if (event != null) {
            pending.events.add(event);
        }
        return pending;
    }

    /** This batch's buffer if it has one. */
    private Pending current() {
        UnitOfWork<?> unitOfWork = batch();
        return unitOfWork == null ? null : unitOfWork.root().getResource(resourceKey);
    }

    private static UnitOfWork<?> batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root() instanceof BatchingUnitOfWork<?> ? unitOfWork : null;
    }

    private static String eventOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getMessage() instanceof EventMessage<?> event ? event.getIdentifier() : null;
    }

    /** The writes a batch holds for this collection, in order, and what they are known to leave. */
    private final class Pending {
        final List<WriteModel<Document>> writes = new ArrayList<>();
        /** Events whose writes are (or were) held: retried one by one if a bulk write fails. */
        final Set<String> events = new LinkedHashSet<>();
        /** Documents replaced whole by the held writes, by {@code _id}. */
        final Map<Object, Document> known = new HashMap<>();
        /** Documents the held writes update, whose result only the database knows. */
        final Set<Object> changed = new HashSet<>();
        /** Whether a held write may touch any document (a filter not by {@code _id}). */
        boolean anywhere;
        /** A bulk write of this batch that failed: the batch must not commit. */
        RuntimeException failed;

        void add(WriteModel<Document> write) {
            if (failed == null) {
                writes.add(write);
            }
        }

        /**
         * Sends the held writes. A failure fails the batch (when it commits) rather than the event being handled,
         * whose handler did not make the write that failed.
         */
        void flush(MongoCollection<Document> target) {
            if (writes.isEmpty() || failed != null) {
                return;
            }
            try {
                target.bulkWrite(writes);
            } catch (RuntimeException e) {
                failed = e;
                oneByOne.addAll(events);
            } finally {
                writes.clear();
                known.clear();
                changed.clear();
                anywhere = false;
            }
        }

        void commit(MongoCollection<Document> target) {
            flush(target);
            if (failed != null) {
                throw failed;
            }
        }
    }
}
