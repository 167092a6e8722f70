package org.sanctuaryoversight.privacy;

import java.util.Objects;

/**
 * A piece of personal data as it is stored in events: AES-256-GCM ciphertext under the data key of
 * one subject (a complaint). Events never hold the plaintext; destroying the subject's data key
 * makes every {@code Sealed} value of that subject unreadable while the event log stays intact.
 *
 * @param keyId      the subject whose data key encrypts this value
 * @param ciphertext base64 of the 12-byte nonce followed by the ciphertext and the 16-byte tag
 */
public record Sealed(String keyId, String ciphertext) {
    public Sealed {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }

    @Override
    public String toString() {
        return "Sealed[" + keyId + "]"; // never print ciphertext into logs either
    }
}
