package org.sanctuaryoversight.privacy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of complainants' personal data (product principle 1: the oversight system must
 * never become a surveillance tool itself). Each subject gets its own AES-256 data key, wrapped by the
 * {@link MasterKey} and kept in a {@link DataKeyStore}; {@link #shred(String)} destroys that key, which makes
 * the subject's personal data unreadable in every event of the live log, without touching the log.
 *
 * <p>What shredding does not reach by itself: a backup of the key store taken before the shred still holds
 * the wrapped key, and with the master key it opens the data. The embedded database erases the deleted key
 * from its file after a shred ({@code EmbeddedMongo.erase}); a MongoDB server keeps it in WiredTiger's
 * free pages and the oplog for a while (docs/security.md). Old backups become unreadable when the master key is
 * rotated ({@link #rotateMasterKey}) and the old master key destroyed; data keys have their own short backup
 * retention for this reason (docs/security.md, "Backups").
 */
public final class PersonalDataVault {

    private final MasterKey masterKey;
    private final DataKeyStore keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataVault(MasterKey masterKey, DataKeyStore keys) {
        this.masterKey = Objects.requireNonNull(masterKey);
        this.keys = Objects.requireNonNull(keys);
    }

    /** Creates the data key of a new subject. Must be called once, before the subject's first {@link #seal}. */
    public void createKey(String keyId) {
        byte[] dataKey = new byte[MasterKey.KEY_BYTES];
        random.nextBytes(dataKey);
        keys.store(keyId, masterKey.wrap(keyId, dataKey));
    }

    /**
     * Creates the data key of a new subject, like {@link #createKey}, and keeps it for sealing the values that arrive
     * with it: a complaint's narrative, location and contact are sealed at filing, and reading the key back from the
     * key store and unwrapping it for each of them was one database read and one unwrap per value (issue 19's
     * profile). The returned sealer seals exactly as {@link #seal(String, String, String, String)} does. It holds the
     * key only as long as it lives: use it for one request, never keep it.
     */
    public NewSubject createKeyForSealing(String keyId) {
        byte[] dataKey = new byte[MasterKey.KEY_BYTES];
        random.nextBytes(dataKey);
        keys.store(keyId, masterKey.wrap(keyId, dataKey));
        SecretKeySpec key = new SecretKeySpec(dataKey, "AES");
        java.util.Arrays.fill(dataKey, (byte) 0);
        return (field, record, plaintext) -> seal(key, keyId, field, record, plaintext);
    }

    /** Seals values of a subject whose key was just created (see {@link #createKeyForSealing}). */
    @FunctionalInterface
    public interface NewSubject {
        /** As {@link PersonalDataVault#seal(String, String, String, String)}, for this subject. */
        Sealed seal(String field, String record, String plaintext);
    }

    /** Whether the subject has a data key (created and not shredded). */
    public boolean hasKey(String keyId) {
        return keys.find(keyId).isPresent();
    }

    /** Creates the subject's data key unless it has one: for subjects whose data arrives over several steps. */
    public void ensureKey(String keyId) {
        if (keys.find(keyId).isPresent()) {
            return;
        }
        try {
            createKey(keyId);
        } catch (RuntimeException createdMeanwhile) {
            if (keys.find(keyId).isEmpty()) {
                throw createdMeanwhile;
            }
        }
    }

    /**
     * Seals many values of one subject with its data key unwrapped once (a log of a thousand flagged searches
     * would otherwise unwrap it a thousand times). Holds the key only as long as the returned sealer lives. Each
     * value is bound like {@link #seal(String, String, String, String)}, to {@code field} and the record {@code subject}.
     */
    public java.util.function.Function<String, Sealed> sealer(String keyId, String field) {
        SecretKeySpec dataKey = dataKey(keyId).orElseThrow(() -> new PersonalDataShreddedException(keyId));
        SealedFormat.Label label = SealedFormat.label(field, "subject");
        byte[] associatedData = SealedFormat.associatedData(keyId, label);
        return plaintext -> new Sealed(keyId, SealedFormat.text(label, MasterKey.Aead.encrypt(dataKey, random,
                plaintext.getBytes(StandardCharsets.UTF_8), associatedData)));
    }

    /**
     * Seals a value bound to its subject, its field and its record (AES-GCM associated data): a ciphertext
     * copied into another field, another record or another subject's event does not open there. The field and
     * record are stored in clear next to the ciphertext (format version 2, see {@link SealedFormat}); they
     * name a place ({@code narrative}, a message id), never a person.
     */
    public Sealed seal(String keyId, String field, String record, String plaintext) {
        return seal(dataKey(keyId).orElseThrow(() -> new PersonalDataShreddedException(keyId)), keyId, field, record,
                plaintext);
    }

    private Sealed seal(SecretKeySpec dataKey, String keyId, String field, String record, String plaintext) {
        SealedFormat.Label label = SealedFormat.label(field, record);
        return new Sealed(keyId, SealedFormat.text(label, MasterKey.Aead.encrypt(dataKey, random,
                plaintext.getBytes(StandardCharsets.UTF_8), SealedFormat.associatedData(keyId, label))));
    }

    /**
     * Seals a value bound to its subject only: the format of version 1, which events written before version 2
     * hold. Prefer {@link #seal(String, String, String, String)}.
     */
    public Sealed seal(String keyId, String plaintext) {
        SecretKeySpec dataKey = dataKey(keyId)
                .orElseThrow(() -> new PersonalDataShreddedException(keyId));
        byte[] ciphertext = MasterKey.Aead.encrypt(dataKey, random, plaintext.getBytes(StandardCharsets.UTF_8),
                keyId.getBytes(StandardCharsets.UTF_8));
        return new Sealed(keyId, Base64.getEncoder().encodeToString(ciphertext));
    }

    /**
     * The plaintext, or empty if the subject's key was destroyed (the data is gone for good). A version 2 value
     * opens only with the subject, field and record it was sealed for, as its stored label says; a label
     * changed in storage fails authentication.
     */
    public Optional<String> open(Sealed sealed) {
        return dataKey(sealed.keyId()).map(key -> new String(
                MasterKey.Aead.decrypt(key, SealedFormat.ciphertext(sealed.ciphertext()),
                        SealedFormat.associatedData(sealed.keyId(), SealedFormat.label(sealed.ciphertext()))),
                StandardCharsets.UTF_8));
    }

    /**
     * Like {@link #open(Sealed)}, for a caller that knows where the value belongs: refuses (with an
     * {@link IllegalArgumentException}) a value whose stored key id is not {@code keyId}, or whose label names
     * another field or record. Version 1 values carry no label; their key id is still checked.
     */
    public Optional<String> open(Sealed sealed, String keyId, String field, String record) {
        SealedFormat.expect(sealed, keyId, field, record);
        return open(sealed);
    }

    /** Seals a file's bytes bound to its subject and record (AES-256-GCM, format version 2 with a magic prefix). */
    public byte[] sealBytes(String keyId, String record, byte[] plaintext) {
        SecretKeySpec dataKey = dataKey(keyId)
                .orElseThrow(() -> new PersonalDataShreddedException(keyId));
        SealedFormat.Label label = SealedFormat.label(SealedFormat.FILE, record);
        return SealedFormat.bytes(MasterKey.Aead.encrypt(dataKey, random, plaintext,
                SealedFormat.associatedData(keyId, label)));
    }

    /**
     * The bytes {@link #sealBytes} sealed for this subject and record, or empty if the subject's key was
     * destroyed. Files sealed before version 2 (no prefix, the key id as associated data) still open.
     */
    public Optional<byte[]> openBytes(String keyId, String record, byte[] sealed) {
        return dataKey(keyId).map(key -> {
            if (SealedFormat.isVersion2(sealed)) {
                try {
                    return MasterKey.Aead.decrypt(key, SealedFormat.withoutPrefix(sealed),
                            SealedFormat.associatedData(keyId, SealedFormat.label(SealedFormat.FILE, record)));
                } catch (IllegalStateException perhapsVersion1) {
                    // a version 1 file whose random nonce happens to start with the prefix: tried below
                }
            }
            return MasterKey.Aead.decrypt(key, sealed, keyId.getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * Re-wraps every data key under {@code newMasterKey} and erases the replaced wrapped keys from the storage
     * where it can (the embedded file). Once the old master key is destroyed, backups taken before the rotation
     * cannot be read, including keys shredded since. Restartable: a key already wrapped by the new master key is
     * left as it is, so a rotation cut short is finished by running it again. The vault keeps using the master
     * key it was built with: restart with the new one afterwards.
     *
     * @return how many keys were re-wrapped now
     */
    public int rotateMasterKey(MasterKey newMasterKey) {
        int rewrapped = 0;
        for (String keyId : keys.keyIds()) {
            Optional<byte[]> wrapped = keys.find(keyId);
            if (wrapped.isEmpty()) {
                continue; // shredded meanwhile
            }
            byte[] dataKey;
            try {
                dataKey = masterKey.unwrap(keyId, wrapped.get());
            } catch (IllegalStateException notUnderTheOldKey) {
                newMasterKey.unwrap(keyId, wrapped.get()); // already rotated, or neither key: then this throws
                continue;
            }
            keys.replace(keyId, newMasterKey.wrap(keyId, dataKey));
            java.util.Arrays.fill(dataKey, (byte) 0);
            rewrapped++;
        }
        keys.eraseReplaced();
        return rewrapped;
    }

    /** The subjects whose key was created before {@code instant} (the sweep of orphaned keys looks among them). */
    public java.util.List<String> keysCreatedBefore(java.time.Instant instant) {
        return keys.keyIdsCreatedBefore(instant);
    }

    /** Destroys the subject's data key (crypto-shredding). Returns whether a key was destroyed. */
    public boolean shred(String keyId) {
        return keys.destroy(keyId);
    }

    private Optional<SecretKeySpec> dataKey(String keyId) {
        return keys.find(keyId).map(wrapped -> new SecretKeySpec(masterKey.unwrap(keyId, wrapped), "AES"));
    }

    /** Thrown when personal data is to be sealed for a subject whose key no longer exists. */
    public static final class PersonalDataShreddedException extends IllegalStateException {
        public PersonalDataShreddedException(String keyId) {
            super("The personal data key of " + keyId + " was destroyed");
        }
    }
}
