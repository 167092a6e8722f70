package org.sanctuaryoversight.app.platform;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.function.BiFunction;

/**
 * mongo-java-server 1.47 fails {@code dropIndexes} with {@code index: "*"}, which JobRunr's MongoDB
 * migrations send. The embedded backends answer it by listing the collection's indexes and dropping
 * them one by one by name, which the server does handle.
 */
final class DropAllIndexes {

    private DropAllIndexes() {
    }

    static boolean applies(String command, Document query) {
        return command.equalsIgnoreCase("dropIndexes") && "*".equals(query.get("index"));
    }

    /** @param backend the backend's own (super) command handler: command name and query in, response out */
    static Document run(Document query, BiFunction<String, Document, Document> backend) {
        String collection = (String) query.get("dropIndexes");
        Document cursor = (Document) backend.apply("listIndexes", new Document("listIndexes", collection)).get("cursor");
        @SuppressWarnings("unchecked")
        List<Document> indexes = cursor == null ? List.of() : (List<Document>) cursor.get("firstBatch");
        for (Document index : indexes) {
            if (!"_id_".equals(index.get("name"))) {
                backend.apply("dropIndexes", new Document("dropIndexes", collection).append("index", index.get("name")));
            }
        }
        Document ok = new Document();
        ok.put("ok", 1.0);
        return ok;
    }
}
