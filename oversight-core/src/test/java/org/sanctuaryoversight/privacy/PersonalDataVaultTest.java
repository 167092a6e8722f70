package org.sanctuaryoversight.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.support.InMemoryMongo;

class PersonalDataVaultTest {

    static final InMemoryMongo mongo = new InMemoryMongo();
    final MasterKey masterKey = MasterKey.fromBase64(MasterKey.generateBase64());
    final PersonalDataVault vault = new PersonalDataVault(masterKey, new MongoDataKeyStore(mongo.freshDatabase()));

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Test
    void sealed_data_opens_with_the_subjects_key_and_holds_no_plaintext() {
        vault.createKey("c-1");
        Sealed sealed = vault.seal("c-1", "Me preguntaron dónde nací.");

        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()))).doesNotContain("preguntaron");
        assertThat(vault.open(sealed)).contains("Me preguntaron dónde nací.");
        assertThat(vault.seal("c-1", "same").ciphertext()).isNotEqualTo(vault.seal("c-1", "same").ciphertext());
    }

    @Test
    void values_filed_with_a_new_key_are_sealed_without_reading_the_key_back_and_open_like_any_other() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        MongoDataKeyStore store = new MongoDataKeyStore(mongo.freshDatabase());
        PersonalDataVault counted = new PersonalDataVault(masterKey, new DataKeyStore() {
            @Override public void store(String keyId, byte[] wrappedKey) { store.store(keyId, wrappedKey); }
            @Override public java.util.Optional<byte[]> find(String keyId) { reads.incrementAndGet(); return store.find(keyId); }
            @Override public boolean destroy(String keyId) { return store.destroy(keyId); }
            @Override public java.util.List<String> keyIds() { return store.keyIds(); }
            @Override public java.util.List<String> keyIdsCreatedBefore(java.time.Instant instant) { return store.keyIdsCreatedBefore(instant); }
            @Override public void replace(String keyId, byte[] wrappedKey) { store.replace(keyId, wrappedKey); }
            @Override public void eraseReplaced() { store.eraseReplaced(); }
        });

        PersonalDataVault.NewSubject sealing = counted.createKeyForSealing("c-30");
        Sealed narrative = sealing.seal("narrative", "c-30", "Me preguntaron dónde nací.");
        Sealed location = sealing.seal("location", "c-30", "5th and Main");

        assertThat(reads).as("the key store is not read back to seal what arrives with the key").hasValue(0);
        assertThat(narrative.keyId()).isEqualTo("c-30");
        assertThat(narrative.ciphertext()).startsWith("v2:narrative:c-30:").doesNotContain("preguntaron");
        assertThat(counted.open(narrative, "c-30", "narrative", "c-30")).contains("Me preguntaron dónde nací.");
        assertThat(counted.open(location, "c-30", "location", "c-30")).contains("5th and Main");
        assertThatThrownBy(() -> counted.open(location, "c-30", "narrative", "c-30"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(counted.shred("c-30")).isTrue();
        assertThat(counted.open(narrative)).as("shredding the key still makes them unreadable").isEmpty();
    }

    @Test
    void shredding_a_subjects_key_makes_its_data_unreadable_for_good_and_leaves_other_subjects_alone() {
        vault.createKey("c-2");
        vault.createKey("c-3");
        Sealed shredded = vault.seal("c-2", "contact: +1 555 0100");
        Sealed kept = vault.seal("c-3", "contact: +1 555 0199");

        assertThat(vault.shred("c-2")).isTrue();

        assertThat(vault.open(shredded)).isEmpty();
        assertThat(vault.open(kept)).contains("contact: +1 555 0199");
        assertThatThrownBy(() -> vault.seal("c-2", "more")).isInstanceOf(PersonalDataVault.PersonalDataShreddedException.class);
        assertThat(vault.shred("c-2")).isFalse();
    }

    @Test
    void a_value_is_bound_to_its_complaint_field_and_record_and_opens_nowhere_else() {
        vault.createKey("c-20");
        vault.createKey("c-21");
        Sealed note = vault.seal("c-20", "stepNotes", "step-1", "Spoke with her neighbour at 4 Elm St");

        assertThat(note.ciphertext()).startsWith("v2:stepNotes:step-1:").doesNotContain("neighbour");
        assertThat(vault.open(note)).contains("Spoke with her neighbour at 4 Elm St");
        assertThat(vault.open(note, "c-20", "stepNotes", "step-1")).contains("Spoke with her neighbour at 4 Elm St");

        // where the caller finds it is not where it was sealed for: refused before anything is decrypted
        assertThatThrownBy(() -> vault.open(note, "c-20", "message", "step-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vault.open(note, "c-20", "stepNotes", "step-2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vault.open(new Sealed("c-21", note.ciphertext()), "c-20", "stepNotes", "step-1"))
                .isInstanceOf(IllegalArgumentException.class);
        // the stored label rewritten to pass that check: the associated data no longer matches
        Sealed relabelled = new Sealed("c-20", note.ciphertext().replace("v2:stepNotes:step-1:", "v2:message:m-9:"));
        assertThatThrownBy(() -> vault.open(relabelled, "c-20", "message", "m-9")).isInstanceOf(IllegalStateException.class);
        // another subject's key id on the stored value: the key id is part of the associated data too
        assertThatThrownBy(() -> vault.open(new Sealed("c-21", note.ciphertext()))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void values_and_files_sealed_in_the_first_format_still_open() {
        vault.createKey("c-22");
        Sealed old = vault.seal("c-22", "written before version 2");
        assertThat(old.ciphertext()).doesNotContain(":");
        assertThat(vault.open(old)).contains("written before version 2");
        assertThat(vault.open(old, "c-22", "narrative", "c-22")).contains("written before version 2");
        assertThatThrownBy(() -> vault.open(old, "c-23", "narrative", "c-23")).isInstanceOf(IllegalArgumentException.class);

        // a version 1 file held exactly what a version 1 value holds in base64: nonce, ciphertext, tag, key id as AAD
        byte[] oldFile = Base64.getDecoder().decode(vault.seal("c-22", "photo").ciphertext());
        assertThat(vault.openBytes("c-22", "att-1", oldFile)).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("photo"));
    }

    @Test
    void a_file_is_bound_to_its_attachment_id() {
        vault.createKey("c-24");
        byte[] sealed = vault.sealBytes("c-24", "att-1", "scan of a letter".getBytes());
        assertThat(vault.openBytes("c-24", "att-1", sealed)).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("scan of a letter"));
        assertThatThrownBy(() -> vault.openBytes("c-24", "att-2", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void ciphertext_moved_to_another_subject_or_tampered_with_is_rejected() {
        vault.createKey("c-4");
        vault.createKey("c-5");
        Sealed sealed = vault.seal("c-4", "secret");
        Sealed moved = new Sealed("c-5", sealed.ciphertext());
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[bytes.length - 1] ^= 1;
        Sealed tampered = new Sealed("c-4", Base64.getEncoder().encodeToString(bytes));

        assertThatThrownBy(() -> vault.open(moved)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.open(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_different_master_key_cannot_unwrap_the_data_keys() {
        MongoDataKeyStore keys = new MongoDataKeyStore(mongo.freshDatabase());
        PersonalDataVault original = new PersonalDataVault(masterKey, keys);
        original.createKey("c-6");
        Sealed sealed = original.seal("c-6", "secret");
        PersonalDataVault other = new PersonalDataVault(MasterKey.fromBase64(MasterKey.generateBase64()), keys);

        assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_master_key_must_be_256_bits_of_base64() {
        assertThatThrownBy(() -> MasterKey.fromBase64("c2hvcnQ=")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64!")).hasMessageContaining("base64");
    }
}
