package org.sanctuaryoversight.eventstore.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import org.h2.mvstore.MVStore;

/**
 * The embedded database of the no-install mode: mongo-java-server in this process, listening on
 * loopback only, in memory or on an H2 MVStore file. Three corrections make it safe for the event store:
 *
 * <ol>
 *   <li><b>Atomic writes.</b> mongo-java-server runs commands from concurrent connections without any
 *       locking, so {@code findAndModify $inc} can hand the same number to two clients and a unique index
 *       can admit a duplicate. A real MongoDB guarantees both, and {@code SequencedMongoEventStorageEngine}
 *       relies on them. Here every write command runs alone (reads share a lock, writes take it exclusively)
 *       and every answer is copied before the lock is released.</li>
 *   <li><b>Durability.</b> On a file, every write command is committed to the file before it is
 *       acknowledged, so what a client saw succeed survives {@code kill -9}; the writes waiting together share
 *       one commit, made while no write is in progress ({@link GroupCommit}). A read may see a write that is
 *       applied but not yet committed, as MongoDB's default read concern {@code "local"} does.</li>
 *   <li><b>{@code dropIndexes "*"}</b>, which JobRunr's migrations send and mongo-java-server 1.47 fails,
 *       is answered by dropping the collection's indexes one by one.</li>
 * </ol>
 * On a file, it also keeps the file compact, on a schedule and when it closes ({@link FileCompaction}): one
 * commit per group of writes would otherwise leave hundreds of KB of dead pages per complaint filed.
 * No transactions, no replica set, secondary indexes ignored (lookups by unique key stay fast): for trying
 * the service, tests and a small office on one machine. Production uses a MongoDB replica set.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "drop", "dropindexes", "dropdatabase", "create", "renamecollection");

    /**
     * The server's network threads. Each connection is served by one of them for its whole life, and a command
     * waiting for the lock or for its group's commit holds its thread, and with it every other connection on that
     * thread; Netty's default (twice the processors: 4 on a 2-core machine) let at most three writes wait beside a
     * commit, so a group could not grow past that whatever the number of clients. The threads mostly sleep.
     */
    static final int WORKER_THREADS = 32;

    private final MongoServer server;
    private final String connectionString;
    private final java.util.function.Consumer<java.util.Collection<byte[]>> erase;
    private final CommandCounts commands;
    private final Durability durability;
    /** The file backend, for tests of this package; {@code null} in memory. */
    final FileBackend file;
    private FileCompaction compaction;

    private EmbeddedMongo(MongoBackend backend, int port) {
        this.erase = backend instanceof FileBackend file ? file::erase : secrets -> { };
        this.commands = backend instanceof FileBackend file ? file.commands : ((MemoryOnlyBackend) backend).commands;
        this.durability = backend instanceof FileBackend file ? file.groupCommit : Durability.NONE;
        this.file = backend instanceof FileBackend onFile ? onFile : null;
        this.server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
    }

    /** A database kept in {@code file}, compacted with the defaults of {@link FileCompaction}. */
    public static EmbeddedMongo onFile(Path file, int port) {
        return onFile(file, port, FileCompaction.Settings.DEFAULTS);
    }

    /** A database kept in {@code file}; {@code port} 0 picks a free port. */
    public static EmbeddedMongo onFile(Path file, int port, FileCompaction.Settings compaction) {
        MVStore store = FileCompaction.open(file, compaction);
        FileBackend backend = new FileBackend(store);
        EmbeddedMongo embedded = new EmbeddedMongo(backend, port);
        embedded.compaction = new FileCompaction(file, store, backend.lock, compaction);
        return embedded;
    }

    /** A database that lives only as long as this process. */
    public static EmbeddedMongo inMemory(int port) {
        return new EmbeddedMongo(new MemoryOnlyBackend(), port);
    }

    public String connectionString() {
        return connectionString;
    }

    /**
     * Makes values that were deleted or replaced unreadable in the file, not only unreachable. The MVStore writes
     * copy-on-write: a deleted document (a destroyed data key) stays in the file's old pages until they happen to
     * be reused, next to {@code master.key}, so anyone with the two files could unwrap it. This first compacts
     * the store (every live page rewritten into new chunks, no old version kept; see {@code FileBackend#compact}),
     * then overwrites with zeros every remaining occurrence of the given byte strings, which after the
     * delete can only be in dead pages, and forces the file to disk. It runs under the write lock (no command in
     * between) and reads the whole file: for the rare deletes that must not survive (crypto-shredding,
     * master-key rotation), not for every write. Nothing happens in memory.
     *
     * @param secrets the exact bytes that must not remain (a wrapped data key: 60 random bytes, so an accidental
     *                match elsewhere is out of the question); each at least 16 bytes
     */
    public void erase(java.util.Collection<byte[]> secrets) {
        erase.accept(secrets);
    }

    /**
     * Compacts the data file now, as the schedule does (see {@link FileCompaction}); nothing in memory.
     * Returns the file's size before and after, in bytes ({@code [0, 0]} in memory).
     */
    public long[] compact() {
        return compaction == null ? new long[2] : compaction.compactWhileOpen();
    }

    /** Stops the server, closes the file and rewrites it with only its live data (see {@link FileCompaction}). */
    @Override
    public void close() {
        if (compaction != null) {
            compaction.stop();
        }
        server.shutdownNow();
        if (compaction != null) {
            compaction.rewriteClosedFile();
        }
    }

    /**
     * How many commands this server has answered, by command and collection ({@code "update trackingtokens"}), since
     * it started: the benchmark module reports what one filing or one status lookup costs the server in commands, the
     * layer below the project's code. Counts only, never a value.
     */
    public java.util.Map<String, Long> commandCounts() {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        commands.forEach((name, count) -> counts.put(name, count.sum()));
        return counts;
    }

    /**
     * How many file commits this server has made for write commands since it started ({@code 0} in memory): with
     * {@link #commandCounts()}, what the writes cost the file. Concurrent writes share commits ({@link GroupCommit});
     * compactions and {@link #erase} commit on their own and are not counted.
     */
    public long fileCommits() {
        return durability.commits();
    }

    private static void count(CommandCounts counts, String command, Document query) {
        Object collection = query.get(command);
        String name = collection instanceof String named ? command + " " + named : command;
        counts.computeIfAbsent(name, any -> new java.util.concurrent.atomic.LongAdder()).increment();
    }

    /** Commands answered, by command and collection. */
    static final class CommandCounts
            extends java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> {
    }

    /**
     * What makes a write durable before it is acknowledged: on a file, the {@link GroupCommit}; in memory, nothing.
     */
    interface Durability {
        Durability NONE = new Durability() {
            @Override
            public long applied() {
                return 0;
            }

            @Override
            public void awaitCommitted(long ticket) {
            }

            @Override
            public long commits() {
                return 0;
            }
        };

        /** Called under the write lock once a write command has been applied (or has failed part-way): its ticket. */
        long applied();

        /** Returns once a file commit that includes the write with this ticket has finished. */
        void awaitCommitted(long ticket);

        /** File commits made for writes so far. */
        long commits();
    }

    /**
     * Runs one command under the lock, with the {@code dropIndexes "*"} correction. A write is acknowledged (this
     * method returns or throws) only once a file commit includes it, and waits for that commit after releasing the
     * write lock, so that the writes waiting together share one commit ({@link GroupCommit}). A write that fails
     * part-way (an insert of several documents stopped by a duplicate key) waits too: what it did apply is committed
     * before the client hears of it.
     */
    static Document handle(CommandCounts counts, ReadWriteLock lock, String command, Document query,
                           BiFunction<String, Document, Document> backend, Durability durability) {
        count(counts, command, query);
        boolean write = WRITE_COMMANDS.contains(command.toLowerCase());
        var held = write ? lock.writeLock() : lock.readLock();
        Document response = null;
        RuntimeException failure = null;
        long ticket = 0;
        held.lock();
        try {
            response = command.equalsIgnoreCase("dropIndexes") && "*".equals(query.get("index"))
                    ? dropAllIndexes(query, backend)
                    : backend.apply(command, query);
            // The memory backend answers with references to its live documents, and the wire layer
            // serializes the answer after this method returns: copy it while no writer can change it.
            response = response.cloneDeeply();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            if (write) {
                ticket = durability.applied();
            }
            held.unlock();
        }
        if (write) {
            durability.awaitCommitted(ticket);
        }
        if (failure != null) {
            throw failure;
        }
        return response;
    }

    private static Document dropAllIndexes(Document query, BiFunction<String, Document, Document> backend) {
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

    private static final class MemoryOnlyBackend extends MemoryBackend {
        private final ReadWriteLock lock = new ReentrantReadWriteLock();
        private final CommandCounts commands = new CommandCounts();

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            return handle(commands, lock, command, query,
                    (name, q) -> super.handleCommand(channel, databaseName, name, q), Durability.NONE);
        }
    }
}
