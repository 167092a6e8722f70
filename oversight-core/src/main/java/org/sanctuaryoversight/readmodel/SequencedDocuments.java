package org.sanctuaryoversight.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * One read-model document per aggregate, changed only by an event newer than the document: the document keeps the
 * aggregate sequence number of the last event applied, so a redelivered event (a retried batch, a restart) changes
 * nothing. Events of one aggregate arrive in order (one processor segment per aggregate), which makes read, change
 * and write back safe. Any capability's projection may use it.
 */
public final class SequencedDocuments {

    private static final String SEQUENCE = "sequence";

    private final MongoCollection<Document> collection;

    public SequencedDocuments(MongoCollection<Document> collection) {
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
        Document document = collection.find(Filters.eq("_id", id)).first();
        if (document == null || document.getLong(SEQUENCE) >= sequence) {
            return; // already applied (redelivery), or an aggregate this model never saw created
        }
        change.accept(document);
        write(document, sequence);
    }

    private void write(Document document, long sequence) {
        document.put(SEQUENCE, sequence);
        collection.replaceOne(Filters.eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
    }
}
