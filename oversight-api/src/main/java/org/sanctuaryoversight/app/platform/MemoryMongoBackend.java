package org.sanctuaryoversight.app.platform;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The in-memory embedded database (tests, demos), with the same fix as {@link DurableMongoBackend}. */
final class MemoryMongoBackend extends MemoryBackend {

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (DropAllIndexes.applies(command, query)) {
            return DropAllIndexes.run(query, (name, q) -> super.handleCommand(channel, databaseName, name, q));
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
