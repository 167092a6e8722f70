package org.sanctuaryoversight.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;

/** The application's own embedded MongoDB, in memory, for domain tests; each {@link #freshDatabase()} is empty. */
public final class InMemoryMongo implements AutoCloseable {

    private final EmbeddedMongo server = EmbeddedMongo.inMemory(0);
    private final MongoClient client = MongoClients.create(server.connectionString());

    public MongoDatabase freshDatabase() {
        return client.getDatabase("test-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
