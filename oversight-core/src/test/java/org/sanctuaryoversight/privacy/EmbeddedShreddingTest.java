package org.sanctuaryoversight.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;

/**
 * The hostile test of issue 18: shred a complaint in the embedded mode, then look for its wrapped data key in
 * the live database file, which sits next to {@code master.key}. The key must be gone from the file's bytes,
 * not only from the collection.
 */
class EmbeddedShreddingTest {

    @TempDir
    Path dir;

    @Test
    void after_a_shred_the_embedded_file_holds_no_copy_of_the_destroyed_wrapped_key() throws IOException {
        Path file = dir.resolve("oversight.mv");
        MasterKey masterKey = MasterKey.fromBase64(MasterKey.generateBase64());
        try (EmbeddedMongo embedded = EmbeddedMongo.onFile(file, 0);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoDatabase database = client.getDatabase("oversight");
            MongoDataKeyStore keys = new MongoDataKeyStore(database, embedded::erase);
            PersonalDataVault vault = new PersonalDataVault(masterKey, keys);
            List<Sealed> others = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                vault.createKey("c-" + i);
                others.add(vault.seal("c-" + i, "narrative", "c-" + i, "narrative " + i));
                database.getCollection("event_commits").insertOne(new Document("_id", "e-" + i)
                        .append("payload", "x".repeat(2_000)));
            }
            byte[] wrapped = keys.find("c-7").orElseThrow();
            assertThat(contains(Files.readAllBytes(file), wrapped)).as("the key is in the file before").isTrue();

            assertThat(vault.shred("c-7")).isTrue();

            assertThat(contains(Files.readAllBytes(file), wrapped)).as("a readable copy of the shredded key").isFalse();
            assertThat(vault.open(others.get(7))).isEmpty();
            assertThat(vault.open(others.get(8))).contains("narrative 8"); // the rest of the database is intact
            assertThat(database.getCollection("event_commits").countDocuments()).isEqualTo(40);
        }
        try (EmbeddedMongo reopened = EmbeddedMongo.onFile(file, 0);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            PersonalDataVault vault = new PersonalDataVault(masterKey, new MongoDataKeyStore(client.getDatabase("oversight")));
            assertThat(vault.hasKey("c-8")).isTrue();
            assertThat(vault.hasKey("c-7")).isFalse();
        }
    }

    @Test
    void a_master_key_rotation_rewraps_every_key_and_leaves_no_key_wrapped_by_the_old_master_key_in_the_file()
            throws IOException {
        Path file = dir.resolve("oversight.mv");
        MasterKey oldKey = MasterKey.fromBase64(MasterKey.generateBase64());
        MasterKey newKey = MasterKey.fromBase64(MasterKey.generateBase64());
        try (EmbeddedMongo embedded = EmbeddedMongo.onFile(file, 0);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoDatabase database = client.getDatabase("oversight");
            MongoDataKeyStore keys = new MongoDataKeyStore(database, embedded::erase);
            PersonalDataVault before = new PersonalDataVault(oldKey, keys);
            List<Sealed> sealed = new ArrayList<>();
            List<byte[]> oldWrapped = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                before.createKey("c-" + i);
                sealed.add(before.seal("c-" + i, "contact", "c-" + i, "contact " + i));
                oldWrapped.add(keys.find("c-" + i).orElseThrow());
            }

            assertThat(before.rotateMasterKey(newKey)).isEqualTo(10);
            assertThat(before.rotateMasterKey(newKey)).as("run again: nothing left to do").isZero();

            PersonalDataVault after = new PersonalDataVault(newKey, keys);
            for (int i = 0; i < 10; i++) {
                assertThat(after.open(sealed.get(i))).contains("contact " + i);
            }
            // a backup holding the old wrapped keys is useless once the old master key is destroyed, and the
            // live file no longer holds them
            assertThatThrownBy(() -> before.open(sealed.get(0))).isInstanceOf(IllegalStateException.class);
            byte[] bytes = Files.readAllBytes(file);
            for (byte[] wrapped : oldWrapped) {
                assertThat(contains(bytes, wrapped)).isFalse();
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
