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
 * {@link MasterKey} and kept in a {@link DataKeyStore}; {@link #shred(String)} destroys that key, which
 * erases the subject's personal data from every event and backup that holds it, without touching the log.
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
     * would otherwise unwrap it a thousand times). Holds the key only as long as the returned sealer lives.
     */
    public java.util.function.Function<String, Sealed> sealer(String keyId) {
        SecretKeySpec dataKey = dataKey(keyId).orElseThrow(() -> new PersonalDataShreddedException(keyId));
        byte[] associatedData = keyId.getBytes(StandardCharsets.UTF_8);
        return plaintext -> new Sealed(keyId, Base64.getEncoder().encodeToString(MasterKey.Aead.encrypt(dataKey,
                random, plaintext.getBytes(StandardCharsets.UTF_8), associatedData)));
    }

    public Sealed seal(String keyId, String plaintext) {
        SecretKeySpec dataKey = dataKey(keyId)
                .orElseThrow(() -> new PersonalDataShreddedException(keyId));
        byte[] ciphertext = MasterKey.Aead.encrypt(dataKey, random, plaintext.getBytes(StandardCharsets.UTF_8),
                keyId.getBytes(StandardCharsets.UTF_8));
        return new Sealed(keyId, Base64.getEncoder().encodeToString(ciphertext));
    }

    /** The plaintext, or empty if the subject's key was destroyed (the data is gone for good). */
    public Optional<String> open(Sealed sealed) {
        return dataKey(sealed.keyId()).map(key -> new String(
                MasterKey.Aead.decrypt(key, Base64.getDecoder().decode(sealed.ciphertext()),
                        sealed.keyId().getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    }

    /** Seals a file's bytes with the subject's data key (AES-256-GCM, the key id as associated data). */
    public byte[] sealBytes(String keyId, byte[] plaintext) {
        SecretKeySpec dataKey = dataKey(keyId)
                .orElseThrow(() -> new PersonalDataShreddedException(keyId));
        return MasterKey.Aead.encrypt(dataKey, random, plaintext, keyId.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes {@link #sealBytes} sealed, or empty if the subject's key was destroyed. */
    public Optional<byte[]> openBytes(String keyId, byte[] ciphertext) {
        return dataKey(keyId).map(key -> MasterKey.Aead.decrypt(key, ciphertext, keyId.getBytes(StandardCharsets.UTF_8)));
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
