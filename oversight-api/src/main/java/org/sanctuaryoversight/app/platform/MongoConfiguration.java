package org.sanctuaryoversight.app.platform;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.UuidRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connects to MongoDB: the configured one, or, when no URI is set, an embedded MongoDB-protocol
 * server in this process, persisted to a file under the data directory (see {@link DurableMongoBackend}).
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    /** The embedded server, or nothing when a real MongoDB is configured. */
    record EmbeddedServer(MongoServer server, String connectionString) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.shutdownNow();
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedMongoServer(OversightProperties properties) {
        OversightProperties.Mongo mongo = properties.mongodb();
        if (!mongo.embedded()) {
            log.info("Using the MongoDB configured in oversight.mongodb.uri (database '{}')", mongo.database());
            return new EmbeddedServer(null, mongo.uri());
        }
        OversightProperties.Embedded embedded = properties.embedded();
        MongoServer server;
        if (embedded.persistent()) {
            Path directory = embedded.dataDirectory().toAbsolutePath().normalize();
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + directory, e);
            }
            Path file = directory.resolve("oversight.mv");
            server = new MongoServer(DurableMongoBackend.open(file));
            log.warn("EMBEDDED MODE: no oversight.mongodb.uri is set, so data is stored in {} by an in-process "
                    + "MongoDB-compatible server. Fine for trying the service and for a small office on one machine; "
                    + "use a MongoDB replica set in production (see README, 'Production').", file);
        } else {
            server = new MongoServer(new MemoryMongoBackend());
            log.warn("EMBEDDED MODE (in memory): nothing is kept after the process stops.");
        }
        server.bind("127.0.0.1", embedded.port());
        InetSocketAddress address = server.getLocalAddress();
        return new EmbeddedServer(server, "mongodb://127.0.0.1:" + address.getPort());
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(EmbeddedServer embeddedServer) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(embeddedServer.connectionString()))
                .applicationName("sanctuary-oversight")
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, OversightProperties properties) {
        return client.getDatabase(properties.mongodb().database());
    }
}
