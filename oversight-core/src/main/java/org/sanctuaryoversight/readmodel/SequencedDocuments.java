package org.sanctuaryoversight.readmodel;

import com.mongodb.client.MongoCollection;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * One read-model document per aggregate (or per key an aggregate's events own), changed only by an event newer than
 * the document: the document keeps the aggregate sequence number of the last event applied, so a redelivered event (a
 * retried batch, a restart) changes nothing. Events of one aggregate arrive in order (one processor segment per
 * aggregate), which makes read, change and write back safe. This is the projections' one "check the sequence number,
 * then write" guard. Its writes are batched ({@link BatchedCollection}).
 */
public final class SequencedDocuments {

    private static final String SEQUENCE = "sequence";

    private final BatchedCollection collection;

    /** Over a collection only this object writes. */
    public SequencedDocuments(MongoCollection<Document> collection) {
        this(new BatchedCollection(collection));
    }

    /** Over a collection the projection also writes otherwise, through the same batch. */
    public SequencedDocuments(BatchedCollection collection) {
        this.collection = collection;
    }

    /**
     * Writes the first document of an aggregate, replacing whatever is there: the first event is delivered again only
     * when processing restarts from a position before it, and then every later event of the aggregate follows it in
     * order. This is also what lets a new version of a read model replay the log over documents an older version wrote.
     */
    public void create(String id, long sequence, Document document) {
        document.put("_id", id);
        write(document, sequence);
    }

    /** Applies the change to the aggregate's document, if it exists and is older than the event. */
    public void change(String id, long sequence, Consumer<Document> change) {
        Document document = find(id);
        if (document == null || document.getLong(SEQUENCE) >= sequence) {
            return; // already applied (redelivery), or an aggregate this model never saw created
        }
        change.accept(document);
        write(document, sequence);
    }

    /**
     * Writes the whole document the event makes, unless the stored one reflects a later event. One reflecting the same
     * event is written again (the same content, or a new version of the read model replaying over an older one's).
     * The document is made only when it will be written.
     */
    public void put(String id, long sequence, Supplier<Document> document) {
        Document stored = find(id);
        if (stored != null && stored.getLong(SEQUENCE) > sequence) {
            return; // a later event is already shown
        }
        create(id, sequence, document.get());
    }

    private Document find(String id) {
        return collection.findById(id);
    }

    private void write(Document document, long sequence) {
        document.put(SEQUENCE, sequence);
        collection.replace(document.get("_id"), document);
    }
}
