package org.sanctuaryoversight.complaint.intake;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The complainant's only key to their complaint: 20 random decimal digits, shown once and never stored.
 * Digits (not letters) so it can be read aloud on the phone and typed on any keyboard.
 *
 * <p>The system keeps only a keyed hash of it (see {@link ReceiptCredential} and {@link ReceiptKeys}); receipts issued
 * before keyed receipts were a split token (the first {@value #SELECTOR_DIGITS} digits select candidates, a BCrypt hash
 * verifies the whole code) and still verify that way.
 */
public final class ReceiptCode {

    public static final int DIGITS = 20;
    static final int SELECTOR_DIGITS = 8;

    private final String digits;

    private ReceiptCode(String digits) {
        this.digits = digits;
    }

    public static ReceiptCode generate(SecureRandom random) {
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return new ReceiptCode(digits.toString());
    }

    /**
     * Reads a code as a person types or pastes it: spaces, dashes and dots between digit groups are ignored.
     * Empty when the text is not exactly twenty digits.
     */
    public static Optional<ReceiptCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[\\s\\-.]", "");
        return digits.matches("\\d{" + DIGITS + "}") ? Optional.of(new ReceiptCode(digits)) : Optional.empty();
    }

    String digits() {
        return digits;
    }

    String selector() {
        return digits.substring(0, SELECTOR_DIGITS);
    }

    /** The code in groups of four, as shown to the complainant: {@code 1234-5678-9012-3456-7890}. */
    public String formatted() {
        return String.join("-", digits.split("(?<=\\G\\d{4})"));
    }

    @Override
    public String toString() {
        return "ReceiptCode[redacted]"; // a receipt code must never reach a log
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceiptCode code && code.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
