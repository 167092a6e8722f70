package org.sanctuaryoversight.eventstore.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded data file ({@code oversight.mv}, an H2 MVStore) close to the size of what it holds.
 *
 * <p>Why the file grew by 200-300 KB per filing: the embedded server committed every write command on its own
 * (so that an acknowledged write survives {@code kill -9}; the writes waiting together now share one commit,
 * {@link GroupCommit}, but a client writing alone still commits each of its writes), and an MVStore commit
 * appends a new chunk holding a fresh copy of every page the command touched (the document's whole leaf page,
 * its parents, the store's own metadata), padded to 4 KB blocks. A filing is about twenty write commands (event commit and its sequence
 * number, data key, deadline job and its state changes, read models, tracking tokens), so it appended hundreds
 * of KB, while what it leaves is about 5 KB of BSON. A chunk's space is reused only once none of its pages is
 * live, and H2 rewrites half-empty chunks only in its background thread, which the server's explicit commits
 * switch off (and its compaction threshold defaults to zero then): old chunks each kept a page or two alive and
 * were never reclaimed.
 *
 * <p>What this class does instead:
 * <ul>
 *   <li>pages are NOT compressed, although LZF would halve the file: shredding finds a destroyed data key's old
 *       copies in dead pages by its exact bytes and overwrites them ({@code EmbeddedMongo.erase}), and compression
 *       would split those bytes into literal runs no search can find, leaving them recoverable;</li>
 *   <li>every {@link Settings#every} while the server runs, the file is compacted in place under the server's
 *       write lock (writes wait; no command is half-applied): chunks under {@link Settings#fillRate} percent live
 *       are rewritten, live chunks moved to the start and the file truncated, within {@link Settings#budget}.
 *       H2 cannot reach the floor this way (the benchmark shows what it leaves) but it keeps growth bounded;</li>
 *   <li>when the server closes, after the store is closed, the file is rewritten with only its live pages
 *       (H2's {@code MVStoreTool.compact}: a new file beside it, then an atomic rename, so a crash during it
 *       leaves the old file intact).</li>
 * </ul>
 * A file written before opens as it is and shrinks at its first compaction. What remains after compaction is
 * mostly the documents themselves, stored as BSON ({@link CompactDataType}); the shutdown rewrite copies pages as
 * bytes, whatever their values' format.
 */
public final class FileCompaction {

    private static final Logger log = LoggerFactory.getLogger(FileCompaction.class);

    /**
     * @param every    how often to compact the file while the server runs; zero: only when it closes
     * @param budget   the most time one compaction while running may take (writes wait meanwhile)
     * @param fillRate rewrite chunks with less than this percentage of live data
     */
    public record Settings(Duration every, Duration budget, int fillRate) {
        public static final Settings DEFAULTS = new Settings(Duration.ofHours(1), Duration.ofSeconds(30), 90);
    }

    private final Path file;
    private final MVStore store;
    private final ReentrantReadWriteLock lock;
    private final Settings settings;
    private final ScheduledExecutorService schedule;

    FileCompaction(Path file, MVStore store, ReentrantReadWriteLock lock, Settings settings) {
        this.file = file;
        this.store = store;
        this.lock = lock;
        this.settings = settings;
        if (!settings.every().isNegative() && !settings.every().isZero()) {
            schedule = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "embedded-file-compaction");
                thread.setDaemon(true);
                return thread;
            });
            long period = settings.every().toMillis();
            schedule.scheduleWithFixedDelay(this::compactOnSchedule, period, period, TimeUnit.MILLISECONDS);
        } else {
            schedule = null;
        }
    }

    static MVStore open(Path file, Settings settings) {
        return new MVStore.Builder().fileName(file.toString()).autoCommitDisabled()
                .autoCompactFillRate(settings.fillRate()).open();
    }

    /**
     * Compacts the open file in place, within the budget, while writes wait. Returns the file's size before and
     * after, in bytes.
     */
    long[] compactWhileOpen() {
        lock.writeLock().lock();
        try {
            if (store.isClosed()) {
                return new long[2];
            }
            long before = store.getFileStore().size();
            int retention = store.getRetentionTime();
            // compactFile sets the retention time to zero (to free the chunks it empties at once): restore it.
            store.compactFile((int) settings.budget().toMillis());
            store.setRetentionTime(retention);
            long after = store.getFileStore().size();
            log.info("Embedded data file compacted from {} to {} bytes", before, after);
            return new long[] {before, after};
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void compactOnSchedule() {
        try {
            compactWhileOpen();
        } catch (RuntimeException failure) {
            log.warn("Compacting the embedded data file failed; the next run will try again", failure);
        }
    }

    /** Stops the schedule; called before the server closes the store. */
    void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            try {
                schedule.awaitTermination(settings.budget().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Rewrites the closed file with only its live pages; returns its size before and after, in bytes. */
    long[] rewriteClosedFile() {
        try {
            long before = Files.size(file);
            MVStoreTool.compact(file.toString(), false);
            long after = Files.size(file);
            log.info("Embedded data file rewritten at shutdown from {} to {} bytes", before, after);
            return new long[] {before, after};
        } catch (IOException | RuntimeException failure) {
            log.warn("Could not compact the embedded data file at shutdown; it is intact and will be next time",
                    failure);
            return new long[2];
        }
    }
}
