package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A file that passed validation (the first pass), with what the second pass and the import need: its
 * SHA-256 (whence its import id), layout, number of searches, period, and each agency's bursts.
 */
public final class ValidatedAuditLog {

    private final AuditLogUpload upload;
    private final String sha256;
    private final AuditLogLayout layout;
    private final long searches;
    private final LocalDate periodFrom;
    private final LocalDate periodTo;
    private final Instant firstSearchAt;
    private final Instant lastSearchAt;
    private final BurstIndex bursts;
    private final RuleSet rules;

    ValidatedAuditLog(AuditLogUpload upload, String sha256, AuditLogLayout layout, long searches, LocalDate periodFrom,
                      LocalDate periodTo, Instant firstSearchAt, Instant lastSearchAt, BurstIndex bursts, RuleSet rules) {
        this.rules = rules;
        this.upload = upload;
        this.sha256 = sha256;
        this.layout = layout;
        this.searches = searches;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.firstSearchAt = firstSearchAt;
        this.lastSearchAt = lastSearchAt;
        this.bursts = bursts;
    }

    /** The import this file is, whoever uploads it: {@code alpr-<sha256>}. */
    public static String importIdOf(String sha256) {
        return "alpr-" + sha256;
    }

    public String importId() {
        return importIdOf(sha256);
    }

    public AuditLogUpload upload() {
        return upload;
    }

    public String department() {
        return upload.department();
    }

    public String sha256() {
        return sha256;
    }

    public AuditLogLayout layout() {
        return layout;
    }

    public long searches() {
        return searches;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public Instant firstSearchAt() {
        return firstSearchAt;
    }

    public Instant lastSearchAt() {
        return lastSearchAt;
    }

    BurstIndex bursts() {
        return bursts;
    }

    /** The rules the file is checked against: those in force when it was validated, for both passes. */
    public RuleSet rules() {
        return rules;
    }
}
