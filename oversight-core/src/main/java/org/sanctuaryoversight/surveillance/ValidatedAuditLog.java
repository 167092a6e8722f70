package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A file that passed validation (the first pass), with what the second pass and the import need: its
 * SHA-256 (whence its import id), layout, number of searches, period, and each agency's bursts.
 *
 * @param rules the rules the file is checked against: those in force when it was validated, for both passes
 */
public record ValidatedAuditLog(AuditLogUpload upload, String sha256, AuditLogLayout layout, long searches,
                                LocalDate periodFrom, LocalDate periodTo, Instant firstSearchAt, Instant lastSearchAt,
                                BurstIndex bursts, RuleSet rules) {

    /** The import this file is, whoever uploads it: {@code alpr-<sha256>}. */
    public static String importIdOf(String sha256) {
        return "alpr-" + sha256;
    }

    public String importId() {
        return importIdOf(sha256);
    }

    public String department() {
        return upload.department();
    }
}
