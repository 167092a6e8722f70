package org.sanctuaryoversight.complaint.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the system keeps of a receipt code: never the code itself.
 *
 * @param selectorDigest SHA-256 of the code's first digits, to find candidate complaints without a scan
 * @param verifierHash   BCrypt hash of the whole code; a match proves the person holds the code
 */
public record ReceiptCredential(String selectorDigest, String verifierHash) {

    public static ReceiptCredential issue(ReceiptCode code, PasswordEncoder encoder) {
        return new ReceiptCredential(selectorDigest(code), encoder.encode(code.digits()));
    }

    public static String selectorDigest(ReceiptCode code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("receipt-selector:" + code.selector()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(ReceiptCode code, PasswordEncoder encoder) {
        return encoder.matches(code.digits(), verifierHash);
    }
}
