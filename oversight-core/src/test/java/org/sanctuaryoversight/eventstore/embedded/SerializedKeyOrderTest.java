package org.sanctuaryoversight.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/**
 * Unique-index keys are ordered by {@link CompactDataType#compare} exactly as by H2's {@link ObjectDataType#compare}
 * (their Java serializations), which sorted every file written so far: the bytes {@link SerializedKeyOrder} writes
 * are the serialization's, and many thousands of random pairs, across every value type a compact key holds and their
 * edge cases, compare with the same sign.
 */
class SerializedKeyOrderTest {

    /** Random keys, from a seed, biased towards the values where an encoding changes and towards near-equal pairs. */
    static final class Keys {

        private static final String[] STRINGS = {"", "a", "b", "ab", "a\0", "\0", "\0\0", "complaint-7", "Complaint-7",
                "é", "e\u0301", "\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF", "\uD83D\uDE00", "\uD83D", "\uDE00",
                "日本語", "ñandú", "z"};
        private static final int[] LENGTHS = {0, 1, 2, 15, 16, 127, 128, 255, 256, 21845, 21846, 32767, 32768, 65534,
                65535, 65536};

        private final Random random;

        Keys(long seed) {
            random = new Random(seed);
        }

        Object value() {
            return switch (random.nextInt(9)) {
                case 0 -> null;
                case 1, 2 -> string();
                case 3 -> integer();
                case 4 -> longValue();
                case 5 -> doubleValue();
                case 6 -> random.nextBoolean();
                case 7 -> uuid();
                default -> objectId();
            };
        }

        String string() {
            int pick = random.nextInt(20);
            if (pick < 8) {
                return new String(STRINGS[random.nextInt(STRINGS.length)]); // a copy: not the same instance
            }
            if (pick < 12) {
                return "complaint-" + random.nextInt(2000);
            }
            // long strings are rarer: each costs a 64 KiB serialization
            int length = pick < 19 ? LENGTHS[random.nextInt(9)] : LENGTHS[random.nextInt(LENGTHS.length)];
            char[] pool = random.nextBoolean() ? new char[] {'x', 'y'}
                    : new char[] {'x', '\0', 'é', '\u0800', '\uFFFF', '\uD83D', '\uDE00'};
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = pool[random.nextInt(pool.length) == 0 ? random.nextInt(pool.length) : 0];
            }
            return new String(chars);
        }

        Integer integer() {
            int[] edges = {0, 1, -1, 127, 128, -128, -129, 255, 256, Integer.MAX_VALUE, Integer.MIN_VALUE};
            return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextInt();
        }

        Long longValue() {
            long[] edges = {0, 1, -1, 127, 128, -128, -129, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, -(1L << 32)};
            return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextLong();
        }

        Double doubleValue() {
            double[] edges = {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                    Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 0.5, Double.longBitsToDouble(0x7ff8000000000001L)};
            return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextGaussian() * 1e6;
        }

        UUID uuid() {
            long[] edges = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE};
            return random.nextBoolean()
                    ? new UUID(edges[random.nextInt(edges.length)], edges[random.nextInt(edges.length)])
                    : UUID.randomUUID();
        }

        ObjectId objectId() {
            byte[] bytes = new byte[12];
            if (random.nextBoolean()) {
                random.nextBytes(bytes);
            } else {
                bytes[random.nextInt(12)] = (byte) (random.nextBoolean() ? 0x80 : 0x01); // differs in one byte
            }
            return new ObjectId(bytes);
        }

        KeyValue key() {
            int size = 1 + random.nextInt(random.nextInt(4) + 1);
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // now and then the same instance again: the stream writes a reference to it
                values.add(i > 0 && random.nextInt(8) == 0 ? values.get(random.nextInt(i)) : value());
            }
            return new KeyValue(values);
        }

        /** A key near this one: equal, one value changed or of another type, one more or fewer, or unrelated. */
        KeyValue near(KeyValue key) {
            List<Object> values = new ArrayList<>();
            key.forEach(values::add);
            switch (random.nextInt(6)) {
                case 0 -> values.replaceAll(this::copyOf);
                case 1, 2 -> values.set(random.nextInt(values.size()), value());
                case 3 -> values.add(value());
                case 4 -> {
                    if (values.size() > 1) {
                        values.remove(random.nextInt(values.size()));
                    } else {
                        values.set(0, copyOf(values.get(0)) instanceof String s ? s + "\0" : value());
                    }
                }
                default -> {
                    return key();
                }
            }
            return new KeyValue(values);
        }

        /** An equal value that is not the same instance where Java lets it be (strings, boxed numbers outside caches). */
        private Object copyOf(Object value) {
            if (value instanceof String s) {
                return new String(s);
            }
            if (value instanceof ObjectId id) {
                return new ObjectId(id.toByteArray());
            }
            if (value instanceof UUID id) {
                return new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits());
            }
            return value;
        }
    }

    @Test
    void the_bytes_written_are_those_java_serialization_writes_after_the_start_every_key_shares() {
        Keys keys = new Keys(19);
        byte[] start = null;
        for (int i = 0; i < 3000; i++) {
            KeyValue key = keys.key();
            byte[] serialized = ObjectDataType.serialize(key);
            byte[] tail = SerializedKeyOrder.tail(key);
            assertThat(tail).as("%s", key).isNotNull();
            byte[] head = Arrays.copyOf(serialized, serialized.length - tail.length);
            if (start == null) {
                start = head;
            }
            assertThat(head).as("the start of %s", key).isEqualTo(start);
            assertThat(Arrays.copyOfRange(serialized, head.length, serialized.length)).as("%s", key).isEqualTo(tail);
        }
    }

    @Test
    void random_pairs_of_keys_compare_with_the_sign_h2s_serialized_comparison_gives() {
        Keys keys = new Keys(2026_12_08L);
        CompactDataType compact = CompactDataType.forKeys();
        ObjectDataType h2 = new ObjectDataType();
        int differing = 0;
        for (int i = 0; i < 20_000; i++) {
            KeyValue a = keys.key();
            KeyValue b = keys.near(a);
            int expected = Integer.signum(h2.compare(a, b));
            assertThat(Integer.signum(compact.compare(a, b))).as("%s against %s", a, b).isEqualTo(expected);
            assertThat(Integer.signum(compact.compare(b, a))).as("%s against %s", b, a).isEqualTo(-expected);
            byte[] aBytes = SerializedKeyOrder.tail(a);
            byte[] bBytes = SerializedKeyOrder.tail(b);
            assertThat(SerializedKeyOrder.compare(aBytes, b)).as("%s against %s, as they are made", a, b)
                    .isEqualTo(Integer.signum(Arrays.compareUnsigned(aBytes, bBytes))).isEqualTo(expected);
            differing += expected == 0 ? 0 : 1;
        }
        assertThat(differing).as("pairs that are not equal").isGreaterThan(15_000);
    }

    @Test
    void a_binary_search_finds_every_key_where_h2s_order_put_it() {
        Keys keys = new Keys(7);
        ObjectDataType h2 = new ObjectDataType();
        CompactDataType compact = CompactDataType.forKeys();
        List<KeyValue> sorted = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            sorted.add(keys.key());
        }
        sorted.sort(h2::compare);
        for (int i = sorted.size() - 1; i > 0; i--) {
            if (h2.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                sorted.remove(i);
            }
        }
        Object[] storage = sorted.toArray();
        for (int i = 0; i < storage.length; i++) {
            KeyValue equal = keys.near((KeyValue) storage[i]);
            int expected = h2.binarySearch(equal, storage, storage.length, i % 5);
            assertThat(compact.binarySearch(equal, storage, storage.length, i % 5)).as("%s", equal).isEqualTo(expected);
            assertThat(compact.binarySearch(storage[i], storage, storage.length, 0)).isEqualTo(i);
        }
    }

    @Test
    void keys_holding_other_values_and_other_objects_are_compared_by_h2_as_before() {
        ObjectDataType h2 = new ObjectDataType();
        CompactDataType compact = CompactDataType.forKeys();
        KeyValue document = new KeyValue(new Document("stream", "c-1"));
        KeyValue shortNumber = new KeyValue((short) 3);
        KeyValue plain = new KeyValue("c-1");
        assertThat(SerializedKeyOrder.tail(document)).isNull();
        assertThat(SerializedKeyOrder.tail(shortNumber)).isNull();
        List<Object> objects = List.of(document, shortNumber, plain, new KeyValue(3), "c-1", 3L, new ObjectId(),
                UUID.randomUUID(), new KeyValue(new Document("stream", "c-0")));
        for (Object a : objects) {
            for (Object b : objects) {
                assertThat(Integer.signum(compact.compare(a, b))).as("%s against %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
    }
}
