package org.sanctuaryoversight.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unique index written before {@link CompactDataType} compared keys itself, sorted by H2's comparison of their
 * Java serializations, opens with it: every key is found by lookup, the map iterates in the order it was written in,
 * and keys added afterwards go where H2's comparison puts them. Both earlier formats: keys Java-serialized (releases
 * before the compact format) and keys written compactly but compared by H2.
 */
class KeyOrderOfEarlierFilesTest {

    private static final String INDEX = "t.events._index__id_";
    private static final ObjectDataType H2 = new ObjectDataType();
    private static final Comparator<Object> H2_ORDER = H2::compare;

    @TempDir
    Path dir;

    /** The key type of the release before this comparison: the compact format, H2's comparison. */
    private static final class CompactFormatH2Order extends BasicDataType<Object> {

        private final CompactDataType format = CompactDataType.forKeys();

        @Override
        public int compare(Object a, Object b) {
            return H2.compare(a, b);
        }

        @Override
        public int getMemory(Object value) {
            return format.getMemory(value);
        }

        @Override
        public void write(WriteBuffer buffer, Object value) {
            format.write(buffer, value);
        }

        @Override
        public Object read(ByteBuffer buffer) {
            return format.read(buffer);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }

    /** A key as it comes back from a file written with this key type. */
    private static Object readBack(DataType<Object> type, Object key) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, key);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        return type.read(bytes);
    }

    /**
     * Distinct keys (by H2's order), in a random order, without the longest strings (a few are kept). With
     * {@code roundTrip}, only keys whose Java serialization is the same once read back from a file of this type: H2's
     * order depends on object identity (a key holding the same instance twice serializes with a back-reference,
     * and Java deserialization gives every empty string as one instance), so a key that changes there was put in
     * its page by other bytes than it is compared by once read back, by H2 as by this comparison.
     */
    private static List<KeyValue> keys(long seed, int count, DataType<Object> type, boolean roundTrip) {
        SerializedKeyOrderTest.Keys random = new SerializedKeyOrderTest.Keys(seed);
        List<KeyValue> keys = new ArrayList<>();
        int longOnes = 0;
        while (keys.size() < count) {
            KeyValue key = random.key();
            if (SerializedKeyOrder.tail(key).length > 1000 && longOnes++ > 10) {
                continue;
            }
            if (roundTrip && !Arrays.equals(ObjectDataType.serialize(readBack(type, key)), ObjectDataType.serialize(key))) {
                continue;
            }
            keys.add(key);
        }
        List<KeyValue> sorted = new ArrayList<>(keys);
        sorted.sort(H2_ORDER);
        List<KeyValue> distinct = new ArrayList<>();
        for (KeyValue key : sorted) {
            if (distinct.isEmpty() || H2.compare(distinct.get(distinct.size() - 1), key) != 0) {
                distinct.add(key);
            }
        }
        Collections.shuffle(distinct, new Random(seed));
        return distinct;
    }

    private static MVStore open(Path file) {
        return new MVStore.Builder().fileName(file.toString()).open();
    }

    private static MVMap<Object, Object> open(MVStore store, DataType<Object> keyType) {
        return store.openMap(INDEX, new MVMap.Builder<>().keyType(keyType).valueType(CompactDataType.forValues()));
    }

    private static void write(MVMap<Object, Object> map, List<KeyValue> keys, int from) {
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), from + i);
        }
    }

    /** Every key is found with its value, copies of keys exactly when H2 calls them equal, iteration in H2's order. */
    private static void assertInH2Order(MVMap<Object, Object> map, List<KeyValue> keys, long seed) {
        List<Object> expected = new ArrayList<>(keys);
        expected.sort(H2_ORDER);
        assertThat(new ArrayList<>(map.keySet())).as("iteration order").isEqualTo(expected);
        for (int i = 0; i < keys.size(); i++) {
            assertThat(map.get(keys.get(i))).as("%s", keys.get(i)).isEqualTo(i);
        }
        SerializedKeyOrderTest.Keys random = new SerializedKeyOrderTest.Keys(seed);
        for (KeyValue key : keys) {
            KeyValue near = random.near(key);
            boolean present = Collections.binarySearch(expected, near, H2_ORDER) >= 0;
            assertThat(map.containsKey(near)).as("%s", near).isEqualTo(present);
        }
    }

    /** The map answers every lookup (of these keys and of keys near them) as the same file compared by H2 does. */
    private static void assertAsH2(MVMap<Object, Object> map, MVMap<Object, Object> h2, List<KeyValue> keys, long seed) {
        assertThat(new ArrayList<>(map.keySet())).as("iteration order").isEqualTo(new ArrayList<>(h2.keySet()));
        SerializedKeyOrderTest.Keys random = new SerializedKeyOrderTest.Keys(seed);
        for (KeyValue key : keys) {
            assertThat(map.get(key)).as("%s", key).isEqualTo(h2.get(key));
            KeyValue near = random.near(key);
            assertThat(map.get(near)).as("%s", near).isEqualTo(h2.get(near));
        }
    }

    private void anEarlierIndexOpensInItsOrder(Path file, DataType<Object> earlierKeyType) {
        List<KeyValue> before = keys(41, 5_000, earlierKeyType, true);
        MVStore store = open(file);
        try {
            write(open(store, earlierKeyType), before, 0);
            store.commit();
        } finally {
            store.close();
        }

        List<KeyValue> beforeSorted = new ArrayList<>(before);
        beforeSorted.sort(H2_ORDER);
        List<KeyValue> after = keys(43, 1_000, CompactDataType.forKeys(), true);
        after.removeIf(key -> Collections.binarySearch(beforeSorted, key, H2_ORDER) >= 0);
        List<KeyValue> all = new ArrayList<>(before);
        all.addAll(after);
        store = open(file);
        try {
            MVMap<Object, Object> map = FileBackend.openCompact(store, INDEX);
            assertThat(map.getKeyType()).isInstanceOf(CompactDataType.class);
            assertInH2Order(map, before, 5);
            write(map, after, before.size());
            assertInH2Order(map, all, 6);
            store.commit();
        } finally {
            store.close();
        }

        store = open(file);
        try {
            assertInH2Order(FileBackend.openCompact(store, INDEX), all, 7);
        } finally {
            store.close();
        }
    }

    /**
     * Keys whose order changes once read back (see {@link #keys}) are found, or not, exactly as H2's comparison
     * finds them in the same file: the comparison changes nothing, not even there.
     */
    private void anyEarlierIndexAnswersAsWithH2sComparison(Path file, DataType<Object> earlierKeyType)
            throws IOException {
        List<KeyValue> keys = keys(47, 3_000, earlierKeyType, false);
        MVStore store = open(file);
        try {
            write(open(store, earlierKeyType), keys, 0);
            store.commit();
        } finally {
            store.close();
        }
        Path copy = file.resolveSibling("h2-" + file.getFileName());
        Files.copy(file, copy);
        MVStore compact = open(file);
        MVStore h2 = open(copy);
        try {
            MVMap<Object, Object> compactMap = FileBackend.openCompact(compact, INDEX);
            MVMap<Object, Object> h2Map = open(h2, earlierKeyType);
            assertAsH2(compactMap, h2Map, keys, 8);
            List<KeyValue> more = keys(53, 1_000, CompactDataType.forKeys(), false);
            write(compactMap, more, keys.size());
            write(h2Map, more, keys.size());
            keys.addAll(more);
            assertAsH2(compactMap, h2Map, keys, 9);
        } finally {
            compact.close();
            h2.close();
        }
    }

    @Test
    void an_index_with_java_serialized_keys_opens_in_its_order_and_takes_new_keys_in_it() {
        anEarlierIndexOpensInItsOrder(dir.resolve("serialized.mv"), new ObjectDataType());
    }

    @Test
    void an_index_with_compact_keys_compared_by_h2_opens_in_its_order_and_takes_new_keys_in_it() {
        anEarlierIndexOpensInItsOrder(dir.resolve("compact.mv"), new CompactFormatH2Order());
    }

    @Test
    void keys_whose_order_changes_when_read_back_are_found_as_h2_finds_them_in_both_earlier_formats()
            throws IOException {
        anyEarlierIndexAnswersAsWithH2sComparison(dir.resolve("serialized.mv"), new ObjectDataType());
        anyEarlierIndexAnswersAsWithH2sComparison(dir.resolve("compact.mv"), new CompactFormatH2Order());
    }
}
