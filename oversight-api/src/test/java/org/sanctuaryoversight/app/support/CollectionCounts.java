package org.sanctuaryoversight.app.support;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.TreeMap;

/**
 * Documents per collection, to show that a refused request left everything as it was. Operational state is left
 * out: JobRunr's own bookkeeping (server heartbeats, metadata), written on its own schedule, and the shared state of
 * the rate limiters and one-time tokens ({@code shared_state}), which counts every request, refused ones included.
 */
public final class CollectionCounts {

    private CollectionCounts() {
    }

    public static Map<String, Long> of(MongoDatabase database) {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            if (!name.startsWith("jobrunr_") && !name.equals("shared_state")) {
                counts.put(name, database.getCollection(name).countDocuments());
            }
        }
        return counts;
    }
}
