package org.sanctuaryoversight.eventstore.embedded;

import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One file commit for the write commands waiting together (a group commit), instead of one commit per command
 * under the write lock. A filing is about nine write commands from up to sixteen clients at once; committing each
 * alone, under the lock every other write waits for, made the file commit the embedded server's bottleneck.
 *
 * <p>How a write goes: it is applied under the write lock, as before, and takes a ticket (the count of writes
 * applied so far) before it releases the lock; then it waits, outside the lock, until a commit that started after
 * its ticket was taken has finished, and only then is it acknowledged. One writer at a time is the committer: it
 * takes the <em>read</em> lock, notes how many writes have been applied, commits the store and marks every ticket
 * up to that count committed; the writers waiting meanwhile return at once if their ticket is covered, and
 * otherwise one of them commits the next group. A writer alone commits exactly once, as before.
 *
 * <p>Why a commit never holds half a command: H2 2.3.232's {@code MVStore.commit()} (with auto-commit off, as
 * {@link FileCompaction#open} opens the store, H2 never commits by itself: {@code beforeWrite} stores only when
 * {@code autoCommitMemory > 0}) takes the store lock, increments the version and collects every map's root
 * <em>as it is at that moment</em> ({@code collectChangedMapRoots}), map by map, then serializes those roots into
 * one chunk. A command changes several maps (a document, then its unique index entries), so a commit running
 * beside it could take the document's map after and the index's map before the change. The committer therefore
 * holds the read lock for the whole commit: no write command is in progress while the roots are collected (writes
 * hold the write lock, exclusively), and reads, which change no map, go on beside it. The commit's chunk is
 * written with one {@code FileChannel.write} sequence before {@code commit()} returns ({@code storeIt} runs the
 * serialization and the buffer write synchronously with {@code syncWrite = true}, or on the caller's thread without
 * background executors), and a chunk is only valid on reopening if its header and footer are both there, so a
 * {@code kill -9} during a commit leaves the file at the previous commit: never a command half-written.
 *
 * <p>Durable when acknowledged, as before: the write reaches the operating system (not {@code fsync}: H2's commit
 * does not force the file, as before this class) before the client hears of it, so it survives {@code kill -9} of
 * the process ({@code GroupCommitCrashTest} proves it with a real SIGKILL), not a power cut.
 *
 * <p>Reads may see a write that is applied but not yet committed (between its apply and the group's commit, a
 * few milliseconds), as MongoDB's default read concern {@code "local"} does; such a write, if the process is
 * killed before the commit, is lost together with its unacknowledged client. What is on disk is always a prefix of
 * the writes in the order they were applied (a commit takes everything applied before it), so a write made after
 * reading another (a processor's token after the event it handled) is never in the file without it; only an effect
 * outside the database (a mail sent) could act on a write the crash then loses, as with a replica set's rollback.
 *
 * <p>Compaction and {@code erase} take the write lock, so they wait for a running group commit and a group commit
 * waits for them; what they commit themselves includes every applied write, and the next group commit then finds
 * nothing left to write ({@code GroupCommitCrashTest} runs both beside the writers it kills).
 */
final class GroupCommit implements EmbeddedMongo.Durability {

    private final ReentrantReadWriteLock lock;
    private final Runnable commitFile;
    private final LongAdder commits = new LongAdder();
    private final Object monitor = new Object();
    /** Writes applied so far: incremented under the write lock, read under the read lock. */
    private long applied;
    /** Every write with a ticket up to this one is in a commit that has finished. Guarded by {@link #monitor}. */
    private long committed;
    /** Whether a writer is committing now. Guarded by {@link #monitor}. */
    private boolean committing;

    GroupCommit(ReentrantReadWriteLock lock, Runnable commitFile) {
        this.lock = lock;
        this.commitFile = commitFile;
    }

    @Override
    public long applied() {
        if (!lock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("a write's ticket is taken under the write lock");
        }
        return ++applied;
    }

    @Override
    public void awaitCommitted(long ticket) {
        boolean interrupted = false;
        synchronized (monitor) {
            while (committed < ticket && committing) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    interrupted = true; // never acknowledge before the commit; keep the interrupt for later
                }
            }
            if (committed >= ticket) {
                restore(interrupted);
                return;
            }
            committing = true;
        }
        long upTo = 0;
        boolean done = false;
        try {
            lock.readLock().lock();
            try {
                upTo = applied;
                commitFile.run();
                commits.increment();
                done = true;
            } finally {
                lock.readLock().unlock();
            }
        } finally {
            synchronized (monitor) {
                if (done) {
                    committed = Math.max(committed, upTo);
                }
                committing = false;
                monitor.notifyAll();
            }
            restore(interrupted);
        }
    }

    @Override
    public long commits() {
        return commits.sum();
    }

    private static void restore(boolean interrupted) {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
