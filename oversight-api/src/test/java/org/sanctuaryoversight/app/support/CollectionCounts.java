package org.sanctuaryoversight.app.support;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.TreeMap;

/**
 * Documents per collection, to show that a refused request left everything as it was. JobRunr's own
 * bookkeeping (server heartbeats, metadata) is left out: its background server writes on its own schedule.
 */
public final class CollectionCounts {

    private CollectionCounts() {
    }

    public static Map<String, Long> of(MongoDatabase database) {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            if (!name.startsWith("jobrunr_")) {
                counts.put(name, database.getCollection(name).countDocuments());
            }
        }
        return counts;
    }
}
