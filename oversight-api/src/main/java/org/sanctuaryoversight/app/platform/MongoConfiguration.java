package org.sanctuaryoversight.app.platform;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.UuidRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Connects to MongoDB: the configured one, or, when no URI is set, an embedded MongoDB-protocol server in this
 * process (see {@link EmbeddedDatabase}). The production build leaves the embedded server out; it then refuses
 * to start without a URI.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);
    static final String EMBEDDED_SERVER_CLASS = "de.bwaldvogel.mongo.MongoServer";

    /**
     * Where MongoDB is, the embedded server to stop with the application (or nothing), and how to erase deleted
     * values from its storage after crypto-shredding (the embedded file's {@code EmbeddedMongo.erase}; nothing for
     * a MongoDB server, see docs/security.md).
     */
    record MongoEndpoint(String connectionString, AutoCloseable server,
                         java.util.function.Consumer<java.util.Collection<byte[]>> eraseDeleted) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (server != null) {
                server.close();
            }
        }
    }

    @Bean(destroyMethod = "close")
    MongoEndpoint mongoEndpoint(OversightProperties properties, Environment environment) {
        OversightProperties.Mongo mongo = properties.mongodb();
        if (!mongo.embedded()) {
            Secrets.requireForProduction(properties, environment);
            log.info("Using the MongoDB configured in oversight.mongodb.uri (database '{}')", mongo.database());
            return new MongoEndpoint(mongo.uri(), null, deleted -> { });
        }
        if (!ClassUtils.isPresent(EMBEDDED_SERVER_CLASS, MongoConfiguration.class.getClassLoader())) {
            throw new IllegalStateException("This build of Sanctuary Oversight has no embedded database (it is the "
                    + "production image): set oversight.mongodb.uri (OVERSIGHT_MONGODB_URI) to your MongoDB replica set");
        }
        return EmbeddedDatabase.start(properties.embedded());
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoEndpoint endpoint, OversightProperties properties) {
        ConnectionString uri = new ConnectionString(endpoint.connectionString());
        // Majority writes, majority reads and the primary for everything (tokens, sagas, dead letters, sessions, read
        // models), whatever the connection string says: a claim or a write acknowledged by one member can roll back
        // in a fail-over. The event store pins the same on its own collections.
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(uri)
                .writeConcern(WriteConcern.MAJORITY)
                .readConcern(ReadConcern.MAJORITY)
                .readPreference(ReadPreference.primary())
                .applicationName("sanctuary-oversight")
                .uuidRepresentation(UuidRepresentation.STANDARD);
        MongoCredential named = uri.getCredential();
        if (named != null && named.getPassword() == null && properties.mongodb().passwordFile() != null) {
            // The URI names the user; the password comes from its secret file, so it is never in the environment.
            char[] password = Secrets.read(Secrets.MONGODB_PASSWORD_FILE, properties.mongodb().passwordFile()).toCharArray();
            MongoCredential credential = MongoCredential.createCredential(named.getUserName(), named.getSource(), password);
            settings.credential(named.getAuthenticationMechanism() == null ? credential
                    : credential.withMechanism(named.getAuthenticationMechanism()));
        }
        return MongoClients.create(settings.build());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, OversightProperties properties) {
        return client.getDatabase(properties.mongodb().database());
    }
}
