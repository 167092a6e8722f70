package org.sanctuaryoversight.app.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;
import org.sanctuaryoversight.eventstore.embedded.FileCompaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded mode's in-process MongoDB-compatible server, persisted to {@code oversight.mv} in the data
 * directory (or kept in memory). A class of its own so that only the embedded mode loads
 * {@link EmbeddedMongo}: the production image does not carry the embedded server at all.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {
    }

    static MongoConfiguration.MongoEndpoint start(OversightProperties.Embedded settings) {
        EmbeddedMongo embedded;
        if (settings.persistent()) {
            Path directory = settings.dataDirectory().toAbsolutePath().normalize();
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + directory, e);
            }
            Path file = directory.resolve("oversight.mv");
            embedded = EmbeddedMongo.onFile(file, settings.port(), new FileCompaction.Settings(
                    settings.compactEvery(), settings.compactBudget(), FileCompaction.Settings.DEFAULTS.fillRate()));
            log.warn("EMBEDDED MODE: no oversight.mongodb.uri is set, so data is stored in {} by an in-process "
                    + "MongoDB-compatible server. Fine for trying the service and for a small office on one machine; "
                    + "use a MongoDB replica set in production (see README, 'Production').", file);
        } else {
            embedded = EmbeddedMongo.inMemory(settings.port());
            log.warn("EMBEDDED MODE (in memory): nothing is kept after the process stops.");
        }
        return new MongoConfiguration.MongoEndpoint(embedded.connectionString(), embedded, embedded::erase);
    }
}
