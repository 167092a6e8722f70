package org.sanctuaryoversight.complaint.intake;

import org.sanctuaryoversight.digest.Sha256;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the system keeps of a receipt code: never the code itself.
 *
 * <p>Since December 2026 a receipt is kept as {@code lookupKey}, {@code HMAC-SHA-256(key, code)} under the receipt key
 * of version {@code keyVersion} (see {@link ReceiptKeys}): the code is found by one exact lookup, and nobody without the
 * key can test a guess. Complaints filed before keep the credential they were filed with (events are immutable) and
 * still verify: {@code selectorDigest} (SHA-256 of the code's first digits, to find candidates) and
 * {@code verifierHash} (a BCrypt hash of the whole code).
 */
public record ReceiptCredential(String selectorDigest, String verifierHash, String lookupKey, Integer keyVersion) {

    /** A credential of the kind written before keyed receipts (still read from old events). */
    public ReceiptCredential(String selectorDigest, String verifierHash) {
        this(selectorDigest, verifierHash, null, null);
    }

    public static ReceiptCredential issue(ReceiptCode code, ReceiptKeys keys) {
        int version = keys.currentVersion();
        return new ReceiptCredential(null, null, keys.lookupKey(code, version), version);
    }

    /** The legacy credential; only tests and the stored-data fixture still make these. */
    public static ReceiptCredential issueLegacy(ReceiptCode code, PasswordEncoder encoder) {
        return new ReceiptCredential(selectorDigest(code), encoder.encode(code.digits()));
    }

    public boolean keyed() {
        return lookupKey != null;
    }

    public static String selectorDigest(ReceiptCode code) {
        return Sha256.hex("receipt-selector:" + code.selector());
    }

    /** Whether a legacy credential was issued for this code (a BCrypt check). */
    public boolean matchesLegacy(ReceiptCode code, PasswordEncoder encoder) {
        return verifierHash != null && encoder.matches(code.digits(), verifierHash);
    }
}
