package org.sanctuaryoversight.app.support;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.sanctuaryoversight.privacy.PersonalDataVault;

/**
 * The events of one type as MongoDB holds them, read from the raw commit documents (not through Axon's
 * event store), so a test sees exactly what a database administrator or a backup would see.
 */
public final class StoredEvents {

    private StoredEvents() {
    }

    public static <T> List<T> ofType(Class<T> type, MongoDatabase database, Serializer serializer) {
        List<T> events = new ArrayList<>();
        for (Document commit : database.getCollection(SequencedMongoEventStorageEngine.COMMITS).find()) {
            for (Object entry : commit.getList("events", Object.class, List.of())) {
                if (entry instanceof Document document && type.getName().equals(document.getString("payloadType"))) {
                    events.add(serializer.deserialize(new SimpleSerializedObject<>(document.getString("payload"),
                            String.class, document.getString("payloadType"), document.getString("payloadRevision"))));
                }
            }
        }
        return events;
    }

    /** How many complaints were filed with exactly this narrative (which is stored sealed). */
    public static long complaintsFiledWith(String narrative, MongoDatabase database, Serializer serializer,
                                           PersonalDataVault vault) {
        return ofType(ComplaintFiledEvent.class, database, serializer).stream()
                .filter(e -> vault.open(e.narrative()).orElse("").equals(narrative)).count();
    }

    /** Every commit document, as JSON text: what to search for plaintext that must not be there. */
    public static String rawCommits(MongoDatabase database) {
        StringBuilder all = new StringBuilder();
        database.getCollection(SequencedMongoEventStorageEngine.COMMITS).find().forEach(c -> all.append(c.toJson()));
        return all.toString();
    }
}
