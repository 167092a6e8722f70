package org.sanctuaryoversight.eventstore.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend on the data file, with the corrections of {@link EmbeddedMongo} (one write at a
 * time, committed before it is acknowledged, in groups: {@link GroupCommit}), the erase of deleted secrets, and
 * every map of the file opened with {@link CompactDataType} instead of H2's Java serialization.
 *
 * <p>How the maps get their type: the H2 backend opens them by name ({@code MVStore.openMap(name)}), and H2 returns a
 * map that is already open as it is; so each database here opens a collection's or index's maps with the compact
 * type just before the backend's own code opens them by the same names ({@code databases.<db>.<collection>},
 * {@code meta.<db>.<collection>}, {@code <db>.<collection>._index_<name>}, as mongo-java-server 1.47 names them).
 * {@code EmbeddedFileFormatTest} checks that no map of a file is left with the default type.
 */
final class FileBackend extends H2Backend {

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final EmbeddedMongo.CommandCounts commands = new EmbeddedMongo.CommandCounts();
    final GroupCommit groupCommit;
    private final MVStore store;

    FileBackend(MVStore store) {
        super(store);
        this.store = store;
        this.groupCommit = new GroupCommit(lock, this::commit);
    }

    /** Opens (or returns, if open) the map of this name with the compact key and value types. */
    static MVMap<Object, Object> openCompact(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, Object>()
                .keyType(CompactDataType.forKeys()).valueType(CompactDataType.forValues()));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new CompactDatabase(databaseName);
    }

    /**
     * A database whose maps are opened with the compact types. An inner class on purpose: H2Database's constructor
     * already opens the collections and indexes, before a field of a subclass is set, while the enclosing backend
     * (whose store H2Backend set before it opened any database) is reachable from the start.
     */
    private final class CompactDatabase extends H2Database {

        CompactDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            openCompact(getMvStore(), "databases." + namespace);
            openCompact(getMvStore(), "meta." + namespace);
            return super.openOrCreateCollection(collectionName, options);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            openCompact(getMvStore(), getFullCollectionNamespace(collectionName) + "._index_" + indexName);
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        /** Dropping reads the maps' inner pages: open any not open yet (a stray map) with the compact types first. */
        @Override
        public void drop(Oplog oplog) {
            String name = getDatabaseName();
            for (String map : getMvStore().getMapNames()) {
                if (map.startsWith(name + ".") || map.startsWith("databases." + name + ".")
                        || map.startsWith("meta." + name + ".")) {
                    openCompact(getMvStore(), map);
                }
            }
            super.drop(oplog);
        }
    }

    void erase(Collection<byte[]> secrets) {
        if (secrets.stream().anyMatch(secret -> secret.length < 16)) {
            throw new IllegalArgumentException("only long random values are erased by their bytes");
        }
        lock.writeLock().lock();
        try {
            compact();
            FileOverwrite.zeroOccurrences(Path.of(store.getFileStore().getFileName()), secrets);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot overwrite the deleted values in the database file", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Rewrites every live page into new chunks and keeps no old version, so that the deleted values are left only in
     * dead pages, which the overwrite may zero. It does not move chunks to the front of the file
     * ({@code compactFile}): H2 2.3.232 can fail an internal assertion there (its issue 4086, fixed after that
     * release), which depends on the chunks' sizes; the file is cut at the next compaction or at shutdown instead.
     */
    private void compact() {
        int retention = store.getRetentionTime();
        store.commit();
        store.setRetentionTime(0);
        store.setVersionsToKeep(0);
        try {
            for (int pass = 0; pass < 10 && store.compact(100, Integer.MAX_VALUE); pass++) {
                store.commit();
            }
            store.commit();
            store.sync();
        } finally {
            store.setRetentionTime(retention);
        }
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return EmbeddedMongo.handle(commands, lock, command, query,
                (name, q) -> super.handleCommand(channel, databaseName, name, q), groupCommit);
    }

    /**
     * Closes the store (which commits what is applied) under the write lock: after any group commit in progress and
     * never in the middle of a write command.
     */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            super.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
