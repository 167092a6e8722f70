package org.sanctuaryoversight.app.platform;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The embedded database for the no-install mode: mongo-java-server on an H2 MVStore file.
 *
 * <ul>
 *   <li>Every write command is committed to the file before it is acknowledged, so a filing that a
 *       client saw succeed survives a crash of the process ({@code kill -9}).</li>
 *   <li>{@code dropIndexes} with {@code "*"} (used by JobRunr's migrations) is answered by dropping the
 *       collection's indexes one by one, which mongo-java-server 1.47 otherwise fails to do.</li>
 * </ul>
 * Dev and small-city use only: no transactions, no replica set. Production uses a real MongoDB.
 */
final class DurableMongoBackend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "drop", "dropindexes", "dropdatabase", "create", "renamecollection");

    private DurableMongoBackend(MVStore store) {
        super(store);
    }

    static DurableMongoBackend open(Path file) {
        return new DurableMongoBackend(new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document response = DropAllIndexes.applies(command, query)
                ? DropAllIndexes.run(query, (name, q) -> super.handleCommand(channel, databaseName, name, q))
                : super.handleCommand(channel, databaseName, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase())) {
            commit();
        }
        return response;
    }
}
