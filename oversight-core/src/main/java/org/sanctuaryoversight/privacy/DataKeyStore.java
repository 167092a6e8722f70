package org.sanctuaryoversight.privacy;

import java.util.Optional;

/** Where wrapped (master-key encrypted) per-subject data keys live, outside the event log, so they can be destroyed. */
public interface DataKeyStore {

    /** Stores a wrapped key for the subject; a subject has at most one key for its whole life. */
    void store(String keyId, byte[] wrappedKey);

    Optional<byte[]> find(String keyId);

    /** Destroys the key for good. Returns whether there was a key to destroy. */
    boolean destroy(String keyId);

    /** Every subject that has a key, for master-key rotation. */
    java.util.List<String> keyIds();

    /**
     * The subjects whose key was stored before {@code instant}: for the sweep of keys a crash left without their
     * subject ({@code complaint.intake.OrphanedComplaintKeys}).
     */
    java.util.List<String> keyIdsCreatedBefore(java.time.Instant instant);

    /** Replaces a subject's wrapped key (the same data key, wrapped by a new master key). */
    void replace(String keyId, byte[] wrappedKey);

    /** After a rotation: makes the replaced wrapped keys unreadable in the storage (see {@link #destroy}). */
    default void eraseReplaced() {
    }
}
