package org.sanctuaryoversight.eventstore.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** The embedded file's value format, value by value (see {@link CompactDataType}). */
class CompactDataTypeTest {

    private static byte[] written(DataType<Object> type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return out;
    }

    /** Reads one value and checks it took exactly its bytes (the next value in a page starts right after). */
    private static Object read(DataType<Object> type, byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        Object value = type.read(buffer);
        assertThat(buffer.remaining()).as("bytes left after the value").isZero();
        return value;
    }

    static Document everyBsonType() {
        return new Document("_id", new ObjectId())
                .append("text", "ünïcode \0 and a zero byte")
                .append("int", 42).append("long", 1L << 40).append("double", -0.0).append("nan", Double.NaN)
                .append("yes", true).append("nothing", null)
                .append("when", Instant.ofEpochMilli(1_765_000_000_123L))
                .append("key", new BinData(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}))
                .append("uuid", UUID.randomUUID()).append("legacy", new LegacyUUID(UUID.randomUUID()))
                .append("decimal", new Decimal128(new BigDecimal("12.345")))
                .append("ts", new BsonTimestamp(Instant.ofEpochSecond(1_765_000_000L), 3))
                .append("max", MaxKey.getInstance()).append("min", MinKey.getInstance())
                .append("list", Arrays.asList(1, "two", new Document("three", 3.0), List.of()))
                .append("nested", new Document("a", new Document("b", List.of(new ObjectId()))));
    }

    @Test
    void a_document_is_stored_as_its_bson_and_read_back_equal_with_the_same_classes() {
        Document document = everyBsonType();
        byte[] bytes = written(CompactDataType.forValues(), document);

        assertThat(bytes[0] & 0xFF).isEqualTo(CompactDataType.DOCUMENT);
        Object back = read(CompactDataType.forValues(), bytes);
        assertThat(back).isEqualTo(document);
        Document read = (Document) back;
        for (String field : document.keySet()) {
            Object value = document.get(field);
            if (value != null && !(value instanceof List)) {
                assertThat(read.get(field)).as(field).isInstanceOf(value.getClass());
            }
        }
        // about half of what Java serialization wrote for the same document
        assertThat(bytes.length).isLessThan(written(new ObjectDataType(), document).length / 2);
    }

    @Test
    void a_value_bson_cannot_give_back_exactly_is_written_as_before_and_read_back_equal() {
        Document microseconds = new Document("_id", 1).append("at", Instant.ofEpochSecond(1_765_000_000L, 123_456_000));
        Document shortNumber = new Document("_id", 2).append("short", (short) 3);
        Document set = new Document("_id", 3).append("set", Set.of("a"));
        for (Document document : List.of(microseconds, shortNumber, set)) {
            byte[] bytes = written(CompactDataType.forValues(), document);
            assertThat(bytes[0] & 0xFF).as("Java serialization's tag").isEqualTo(19);
            assertThat(read(CompactDataType.forValues(), bytes)).isEqualTo(document);
        }
    }

    @Test
    void values_written_by_the_default_type_of_earlier_files_are_read_as_before() {
        ObjectDataType before = new ObjectDataType();
        // (without MaxKey and MinKey: Java serialization never gave those singletons back as themselves)
        Document document = everyBsonType();
        document.remove("max");
        document.remove("min");
        List<Object> values = List.of(document, new ObjectId(), new KeyValue("k", 7L), 0L, 17L, -3, "dataSize",
                "a longer string than fifteen characters", UUID.randomUUID(), 2.5, true);
        for (Object value : values) {
            byte[] bytes = written(before, value);
            assertThat(bytes[0] & 0xFF).as("first byte of %s", value)
                    .isNotIn(CompactDataType.DOCUMENT, CompactDataType.OBJECT_ID, CompactDataType.KEY_VALUE);
            assertThat(read(CompactDataType.forKeys(), bytes)).isEqualTo(value);
            assertThat(read(CompactDataType.forValues(), bytes)).isEqualTo(value);
        }
    }

    @Test
    void ids_and_unique_index_keys_are_compact_and_serialize_as_before_so_old_files_keep_their_order() {
        ObjectId id = new ObjectId();
        List<Object> keys = List.of(id, new KeyValue(id), new KeyValue("complaint-7", 3L),
                new KeyValue(null, true, 2.5, 7, UUID.randomUUID()));
        for (Object key : keys) {
            byte[] bytes = written(CompactDataType.forKeys(), key);
            assertThat(bytes[0] & 0xFF).isIn(CompactDataType.OBJECT_ID, CompactDataType.KEY_VALUE);
            assertThat(bytes.length).isLessThan(written(new ObjectDataType(), key).length / 3);
            Object back = read(CompactDataType.forKeys(), bytes);
            assertThat(back).isEqualTo(key);
            // ObjectDataType orders keys that are not Comparable by these bytes: unchanged, so is the order
            assertThat(ObjectDataType.serialize(back)).isEqualTo(ObjectDataType.serialize(key));
        }
        assertThat(written(CompactDataType.forKeys(), id)).hasSize(13);
    }

    @Test
    void a_document_used_as_a_key_or_inside_an_index_key_keeps_java_serialization() {
        Document id = new Document("stream", "c-1").append("n", 1);
        assertThat(written(CompactDataType.forKeys(), id)[0] & 0xFF).isEqualTo(19);
        assertThat(written(CompactDataType.forKeys(), new KeyValue(id))[0] & 0xFF).isEqualTo(19);
        assertThat(read(CompactDataType.forKeys(), written(CompactDataType.forKeys(), new KeyValue(id))))
                .isEqualTo(new KeyValue(id));
    }

    @Test
    void a_key_reads_back_serializing_to_the_same_bytes_even_when_its_values_share_instances() {
        String same = new String("complaint-7");
        KeyValue shared = new KeyValue(same, 3L, same);
        byte[] bytes = written(CompactDataType.forKeys(), shared);
        // read back compactly, the two strings would be two instances: serialized without the reference, elsewhere
        assertThat(bytes[0] & 0xFF).as("Java serialization's tag").isEqualTo(19);
        assertThat(ObjectDataType.serialize(read(CompactDataType.forKeys(), bytes)))
                .isEqualTo(ObjectDataType.serialize(shared));

        SerializedKeyOrderTest.Keys keys = new SerializedKeyOrderTest.Keys(3);
        int compact = 0;
        for (int i = 0; i < 5000; i++) {
            KeyValue key = keys.key();
            byte[] keyBytes = written(CompactDataType.forKeys(), key);
            assertThat(ObjectDataType.serialize(read(CompactDataType.forKeys(), keyBytes))).as("%s", key)
                    .isEqualTo(ObjectDataType.serialize(key));
            compact += (keyBytes[0] & 0xFF) == CompactDataType.KEY_VALUE ? 1 : 0;
        }
        assertThat(compact).as("keys written compactly").isGreaterThan(4000);
    }
}
