package org.sanctuaryoversight.eventstore.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded database stores its documents, index keys and positions in the H2 file: documents as BSON,
 * object ids as their 12 bytes, unique-index keys as their values, instead of Java serialization.
 *
 * <p>Why: mongo-java-server's H2 backend opens every map with H2's default {@link ObjectDataType}, which writes
 * anything that is not a number, string or UUID with Java serialization: a document's class descriptors, its
 * {@code LinkedHashMap} and every boxed value, about twice its BSON (the benchmark measured 12.5 KB a filing in
 * the compacted file against 5.8 KB of BSON); an {@code ObjectId} key took about 100 bytes instead of 12.
 *
 * <p>Files written before keep loading: every value written here starts with a format byte that
 * {@link ObjectDataType} never writes as its first byte (its tags are 0-19, 32-49 and 64-119), so a value whose first
 * byte is not one of ours is read by {@link ObjectDataType} as before, whichever format its neighbours in the page
 * have. New writes use the compact formats; a page rewritten (by a change or a compaction) is rewritten in them. A
 * file written by this class cannot be opened by a release before it.
 *
 * <p>Only values that come back <em>exactly</em> (equal, and of the same classes) are written compactly; anything
 * else (a date with microseconds, a {@code Missing} marker, a type BSON has no exact form for) is written by
 * {@link ObjectDataType} as before. Keys need more than equality: {@link ObjectDataType#compare} orders objects
 * that are not {@code Comparable} (a unique index's {@link KeyValue}) by their Java-serialized bytes, and old files
 * are sorted that way. The order is kept by writing a key compactly only when the object read back serializes to
 * the same bytes: an {@link ObjectId}, or a {@link KeyValue} (always an {@code ArrayList} inside) of nulls,
 * booleans, numbers, strings, UUIDs and object ids, unless its values share instances in a way the values read back
 * would not (checked as it is written). A document used as a key keeps Java serialization.
 *
 * <p>{@link #compare} gives two such keys exactly the order {@link ObjectDataType#compare} gives them, without an
 * {@code ObjectOutputStream}: it compares the bytes {@link SerializedKeyOrder} writes for them, the same bytes
 * ({@code SerializedKeyOrderTest}); a binary search writes the searched key's bytes once, and each key it meets is
 * compared with them as its bytes are made, up to the first that differs. Why:
 * serializing both keys at every comparison of every {@code _id} lookup was about half of a projection rebuild's
 * time (docs/benchmarks.md). Any other pair of objects is compared by {@link ObjectDataType} as before.
 *
 * <p>Crypto-shredding still finds a secret's bytes: BSON keeps binary data and strings as their raw bytes, as Java
 * serialization did ({@code EmbeddedShreddingTest}).
 */
final class CompactDataType extends ObjectDataType {

    /** A document as BSON (its length is the BSON's first four bytes). Values only, never keys. */
    static final int DOCUMENT = 0xC1;
    /** An {@link ObjectId}: its 12 bytes. */
    static final int OBJECT_ID = 0xC2;
    /** A unique index's {@link KeyValue}: the number of values, then each value as this type writes it. */
    static final int KEY_VALUE = 0xC3;

    private final boolean keys;
    /** What an in-memory document is estimated to take, for H2's cache and page splits: twice its BSON, averaged. */
    private volatile int documentMemory = 1024;

    private CompactDataType(boolean keys) {
        this.keys = keys;
    }

    /** For a map's keys: only formats that keep {@link ObjectDataType#compare}'s order of old files. */
    static CompactDataType forKeys() {
        return new CompactDataType(true);
    }

    /** For a map's values: documents as BSON too. */
    static CompactDataType forValues() {
        return new CompactDataType(false);
    }

    /** The sign {@link ObjectDataType#compare} gives; for two keys {@link SerializedKeyOrder} writes, without it. */
    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue first && b instanceof KeyValue) {
            byte[] firstBytes = SerializedKeyOrder.tail(first);
            if (firstBytes != null) {
                return compare(firstBytes, a, b);
            }
        }
        return super.compare(a, b);
    }

    /** {@code BasicDataType.binarySearch}, with the searched key's serialized bytes written once for all its steps. */
    @Override
    public int binarySearch(Object key, Object storage, int size, int initialGuess) {
        byte[] keyBytes = key instanceof KeyValue keyValue ? SerializedKeyOrder.tail(keyValue) : null;
        if (keyBytes == null) {
            return super.binarySearch(key, storage, size, initialGuess);
        }
        Object[] keys = (Object[]) storage;
        int low = 0;
        int high = size - 1;
        int x = initialGuess - 1;
        if (x < 0 || x > high) {
            x = high >>> 1;
        }
        while (low <= high) {
            int compare = compare(keyBytes, key, keys[x]);
            if (compare > 0) {
                low = x + 1;
            } else if (compare < 0) {
                high = x - 1;
            } else {
                return x;
            }
            x = (low + high) >>> 1;
        }
        return ~low;
    }

    /** Compares a key whose serialized tail is known with another object, as {@link ObjectDataType#compare} does. */
    private int compare(byte[] keyBytes, Object key, Object other) {
        if (other instanceof KeyValue otherKey) {
            int order = SerializedKeyOrder.compare(keyBytes, otherKey);
            if (order != SerializedKeyOrder.NOT_WRITTEN) {
                return order;
            }
        }
        return super.compare(key, other);
    }

    @Override
    public void write(WriteBuffer buff, Object value) {
        if (value instanceof ObjectId id) {
            buff.put((byte) OBJECT_ID).put(id.toByteArray());
        } else if (value instanceof KeyValue key && key.stream().allMatch(CompactDataType::sameSerializedForm)) {
            int start = buff.position();
            buff.put((byte) KEY_VALUE).putVarInt(key.size());
            for (Object part : key) {
                write(buff, part);
            }
            if (!readBackInTheSameOrder(key, buff, start)) {
                buff.position(start);
                super.write(buff, value);
            }
        } else if (!keys && value instanceof Document document && exactInBson(document)) {
            ByteBuf bson = Unpooled.buffer(documentMemory / 2);
            BsonEncoder.encodeDocument(document, bson);
            int length = bson.readableBytes();
            buff.put((byte) DOCUMENT).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
            documentMemory = (2 * length + 15 * documentMemory) / 16;
        } else {
            super.write(buff, value);
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        int format = buff.get(buff.position()) & 0xFF;
        switch (format) {
            case OBJECT_ID -> {
                buff.get();
                byte[] id = new byte[12];
                buff.get(id);
                return new ObjectId(id);
            }
            case KEY_VALUE -> {
                buff.get();
                int size = DataUtils.readVarInt(buff);
                List<Object> parts = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    parts.add(read(buff));
                }
                return new KeyValue(parts);
            }
            case DOCUMENT -> {
                buff.get();
                int start = buff.position();
                int length = (buff.get(start) & 0xFF) | (buff.get(start + 1) & 0xFF) << 8
                        | (buff.get(start + 2) & 0xFF) << 16 | (buff.get(start + 3) & 0xFF) << 24;
                Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buff.slice(start, length)));
                buff.position(start + length);
                return document;
            }
            default -> {
                return super.read(buff);
            }
        }
    }

    @Override
    public int getMemory(Object value) {
        if (value instanceof ObjectId) {
            return 48;
        }
        if (value instanceof KeyValue key) {
            return 48 + key.stream().mapToInt(part -> part == null ? 8 : getMemory(part)).sum();
        }
        if (value instanceof Document) {
            return documentMemory;
        }
        return super.getMemory(value);
    }

    /**
     * Whether the key just written from {@code start} reads back as a key that serializes to the same bytes, so that
     * {@link ObjectDataType#compare} puts it where it was put. Classes alone do not settle it: Java serialization
     * writes an instance met before in the same key as a reference to it, so the bytes depend on which values are the
     * same instance ({@code "x"} twice from one variable, {@code Boolean.TRUE} twice), and the values read back share
     * instances differently (each string a new one; small numbers and booleans from their caches). Such a key is
     * written with Java serialization, which gives the sharing back.
     */
    private boolean readBackInTheSameOrder(KeyValue key, WriteBuffer buff, int start) {
        ByteBuffer written = buff.getBuffer().duplicate();
        written.limit(buff.position()).position(start);
        byte[] before = SerializedKeyOrder.tail(key);
        return before != null && Arrays.equals(before, SerializedKeyOrder.tail((KeyValue) read(written)));
    }

    /**
     * Whether a value inside a {@link KeyValue} is read back as an object of the same class and state, so that the
     * key's Java serialization, by which {@link ObjectDataType#compare} orders it, does not change. These are the
     * types {@link ObjectDataType} itself writes without serialization, and the object id.
     */
    private static boolean sameSerializedForm(Object part) {
        return part == null || part instanceof String || part instanceof Integer || part instanceof Long
                || part instanceof Double || part instanceof Boolean || part instanceof UUID
                || part instanceof ObjectId;
    }

    /**
     * Whether mongo-java-server's BSON codec gives this document back equal, with values of the same classes: the
     * types its decoder produces, dates without sub-millisecond parts, field names BSON can hold.
     */
    static boolean exactInBson(Object value) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean || value instanceof ObjectId
                || value instanceof BinData || value instanceof UUID || value instanceof LegacyUUID
                || value instanceof Decimal128 || value instanceof BsonTimestamp || value instanceof MaxKey
                || value instanceof MinKey) {
            return true;
        }
        if (value instanceof Instant instant) {
            return instant.getNano() % 1_000_000 == 0
                    && instant.isAfter(Instant.ofEpochMilli(Long.MIN_VALUE))
                    && instant.isBefore(Instant.ofEpochMilli(Long.MAX_VALUE));
        }
        if (value instanceof Document document) {
            for (Map.Entry<String, Object> field : document.entrySet()) {
                if (field.getKey() == null || field.getKey().indexOf('\0') >= 0 || !exactInBson(field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!exactInBson(element)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
