package org.sanctuaryoversight.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The secondary indexes a read model's queries need on a real MongoDB, declared next to the queries that use them.
 * A projection creates them when it starts and again after a reset has dropped its collection, so a rebuilt model is
 * as fast to query as the one it replaced. Creating an index that exists is a no-op. The embedded server records them
 * ({@code listIndexes} shows them) but does not use them: there a page's query scans, which is fine at its scale.
 */
public final class ReadModelIndexes {

    private ReadModelIndexes() {
    }

    /** Creates each index (keys in order, as {@link #keys} builds them) on the collection. */
    public static void ensure(MongoCollection<Document> collection, Bson... indexes) {
        for (Bson index : indexes) {
            collection.createIndex(index);
        }
    }

    /**
     * An index over the fields in order, each ascending unless written with a leading {@code -}: the keys of a filter
     * first, then the sort of the page that uses it, so a page is read in order without sorting in memory.
     */
    public static Bson keys(String... fields) {
        List<Bson> parts = java.util.Arrays.stream(fields)
                .map(field -> field.startsWith("-") ? Indexes.descending(field.substring(1)) : Indexes.ascending(field))
                .toList();
        return Indexes.compoundIndex(parts);
    }
}
