package org.sanctuaryoversight.app.platform;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.UuidRepresentation;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connects to MongoDB: the configured one, or, when no URI is set, an embedded MongoDB-protocol
 * server in this process, persisted to a file under the data directory (see {@link EmbeddedMongo}).
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    /** The embedded server, or nothing when a real MongoDB is configured. */
    record MongoEndpoint(EmbeddedMongo embedded, String connectionString) implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    @Bean(destroyMethod = "close")
    MongoEndpoint mongoEndpoint(OversightProperties properties) {
        OversightProperties.Mongo mongo = properties.mongodb();
        if (!mongo.embedded()) {
            log.info("Using the MongoDB configured in oversight.mongodb.uri (database '{}')", mongo.database());
            return new MongoEndpoint(null, mongo.uri());
        }
        OversightProperties.Embedded settings = properties.embedded();
        EmbeddedMongo embedded;
        if (settings.persistent()) {
            Path directory = settings.dataDirectory().toAbsolutePath().normalize();
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + directory, e);
            }
            Path file = directory.resolve("oversight.mv");
            embedded = EmbeddedMongo.onFile(file, settings.port());
            log.warn("EMBEDDED MODE: no oversight.mongodb.uri is set, so data is stored in {} by an in-process "
                    + "MongoDB-compatible server. Fine for trying the service and for a small office on one machine; "
                    + "use a MongoDB replica set in production (see README, 'Production').", file);
        } else {
            embedded = EmbeddedMongo.inMemory(settings.port());
            log.warn("EMBEDDED MODE (in memory): nothing is kept after the process stops.");
        }
        return new MongoEndpoint(embedded, embedded.connectionString());
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoEndpoint endpoint) {
        // Majority writes, majority reads and the primary for everything (tokens, sagas, dead letters, read models),
        // whatever the connection string says: a claim or a read-model write acknowledged by one member can roll back
        // in a fail-over. The event store pins the same on its own collections.
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(endpoint.connectionString()))
                .writeConcern(WriteConcern.MAJORITY)
                .readConcern(ReadConcern.MAJORITY)
                .readPreference(ReadPreference.primary())
                .applicationName("sanctuary-oversight")
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, OversightProperties properties) {
        return client.getDatabase(properties.mongodb().database());
    }
}
