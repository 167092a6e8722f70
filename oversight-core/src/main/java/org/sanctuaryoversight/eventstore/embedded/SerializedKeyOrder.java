package org.sanctuaryoversight.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;


/**
 * The bytes by which H2's {@link org.h2.mvstore.type.ObjectDataType} orders unique-index keys, written directly
 * instead of by an {@code ObjectOutputStream}: what {@link CompactDataType#compare} compares.
 *
 * <p>Why: {@code ObjectDataType.compare} orders two objects that are not {@code Comparable} (a {@link KeyValue}) by
 * their Java serializations, compared as unsigned bytes, a shorter one first when one is the start of the other; and
 * files written before are sorted that way. It serializes both keys at every step of every binary search, with a new
 * {@code ObjectOutputStream} each time (reflection, a 1 KiB buffer, a handle table): about half of a projection
 * rebuild's time in the embedded server (docs/benchmarks.md, 2026-12-07). The same bytes, for the values a key
 * written compactly holds (null, {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code UUID}, {@link ObjectId}), are cheap to write here: the stream protocol for them is fixed (class
 * descriptors, back-references to objects and descriptors already written in the same stream, strings as modified
 * UTF-8 after their length, numbers big-endian).
 *
 * <p>Every serialized {@code KeyValue} starts with the same bytes (the stream header, the descriptors of
 * {@code KeyValue} and of the {@code ArrayList} it always holds), so only what follows is written ({@link #tail}):
 * two tails compare as the whole serializations do. Back-references go by identity, as in the stream: a key holding
 * the same {@code String} instance twice is written with a reference the second time, one holding two equal copies
 * is not. {@code SerializedKeyOrderTest} checks, key by key, that the header and the tail are exactly what
 * {@code ObjectDataType.serialize} writes. A key holding anything else gives {@code null}: its comparison stays
 * {@code ObjectDataType}'s.
 */
final class SerializedKeyOrder {

    private SerializedKeyOrder() {
    }

    /**
     * What {@code ObjectDataType.serialize(key)} writes after the start every key shares, or null if the key holds a
     * value this class does not write.
     */
    static byte[] tail(KeyValue key) {
        KeyStreamWriter out = new KeyStreamWriter(new byte[16 + 24 * key.size()], null);
        return out.key(key) ? out.bytes() : null;
    }

    /**
     * The sign of comparing a tail (see {@link #tail}) with the tail of another key, as unsigned bytes, a shorter
     * one first when one starts the other; or {@link #NOT_WRITTEN} if the other key holds a value not written here
     * before the first byte that differs. Nothing is kept: the other key's bytes are compared as they are made, up
     * to the first that differs (the bytes before a value do not depend on it, so a value further on does not matter).
     */
    static int compare(byte[] tail, KeyValue other) {
        KeyStreamWriter out = new KeyStreamWriter(null, tail);
        if (!out.key(other) && !out.done) {
            return NOT_WRITTEN;
        }
        return out.done ? out.result : Integer.compare(tail.length, out.length) > 0 ? 1 : 0;
    }

    /** What {@link #compare} returns when it cannot say. */
    static final int NOT_WRITTEN = Integer.MIN_VALUE;
}
