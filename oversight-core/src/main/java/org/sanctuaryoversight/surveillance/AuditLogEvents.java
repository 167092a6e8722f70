package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The facts of the surveillance audit. Everything the audit shows is rebuilt from these: an import's counts
 * and period, each flagged search with the fields the audit keeps, re-evaluations under newer rules, and
 * every look at the sealed officer names. None holds a plate; officer names only sealed. Stored by class
 * name: never rename or move one.
 */
public final class AuditLogEvents {

    private AuditLogEvents() {
    }

    /**
     * A validated file's evaluation started. Its flagged searches follow; it counts only once completed
     * ({@link AuditLogImportedEvent} or {@link AuditRulesReappliedEvent}). A later start of the same import
     * (an interrupted upload sent again) supersedes an evaluation that never completed.
     *
     * @param startedBy the staff user id (internal, never published)
     */
    public record AuditLogImportStartedEvent(String importId, int evaluation, String department, String sha256,
                                             String layout, LocalDate periodFrom, LocalDate periodTo, long searches,
                                             String ruleVersion, boolean rerun, Instant startedAt, String startedBy) {
    }

    /** One flagged search of an evaluation, with what the audit keeps of it. */
    public record AuditedSearchFlaggedEvent(String importId, int evaluation, String department, int chunk,
                                            AuditedSearch search) {
    }

    /**
     * An audit log was imported: the file's SHA-256, the period it covers (city time zone, inclusive), the
     * counts per agency, agency type and rule, and the version of the rules it was checked against.
     */
    public record AuditLogImportedEvent(String importId, int evaluation, String department, String sha256,
                                        String layout, LocalDate periodFrom, LocalDate periodTo, String ruleVersion,
                                        AuditSummary summary, Instant importedAt, String importedBy) {
    }

    /**
     * The same file was evaluated again under a newer rule version; its counts and flagged searches replace
     * the earlier evaluation's (whose events stay in the log).
     */
    public record AuditRulesReappliedEvent(String importId, int evaluation, String department,
                                           LocalDate periodFrom, LocalDate periodTo, String ruleVersion,
                                           String previousRuleVersion, AuditSummary summary, Instant reappliedAt,
                                           String reappliedBy) {
    }

    /** Somebody opened the sealed officer names of an import, and why. Recorded before the names are shown. */
    public record OfficerNamesViewedEvent(String importId, String department, String viewerId, String viewerName,
                                          String viewerRole, OfficerNamesViewPurpose purpose, String note,
                                          Instant viewedAt) {
    }
}
