package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctuaryoversight.surveillance.AuditSummary.RuleCount;

/** The questions the surveillance audit's read models answer, and their answers. */
public final class SurveillanceQueries {

    private SurveillanceQueries() {
    }

    /** Every documented federal request, as the side-door rule needs it. Answer: a list of {@link FederalRequestAnchor}. */
    public record FindFederalRequestAnchorsQuery() {
    }

    /** The office's classifications of agencies. Answer: {@link AgencyClassifications}. */
    public record FindAgencyClassificationsQuery() {
    }

    /** Agency name (as first classified) to its type, in the order the office classified them. */
    public record AgencyClassifications(java.util.Map<String, AgencyType> byAgency) {
        public AgencyClassifications {
            byAgency = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byAgency));
        }
    }

    /** Imports, newest period first; {@code department} null for every department. Answer: a list of {@link AuditImportView}. */
    public record FindAuditImportsQuery(String department) {
    }

    /** One import. Answer: an optional {@link AuditImportView}. */
    public record FindAuditImportQuery(String importId) {
    }

    /** What the public register shows of every completed import. Answer: a list of {@link PublicAuditImport}. */
    public record FindPublicAuditImportsQuery() {
    }

    /**
     * Flagged searches of the current evaluation of an import, or of one review case, in file order; every filter
     * but one of {@code importId} and {@code reviewCaseId} may be null. Answer: a {@link FlaggedSearchPage}.
     */
    public record FindFlaggedSearchesQuery(String importId, String reviewCaseId, AuditRule rule, String agency,
                                           int page, int size) {
        public FindFlaggedSearchesQuery {
            if ((importId == null) == (reviewCaseId == null)) {
                throw new IllegalArgumentException("Ask for the searches of an import or of a review case");
            }
            if (page < 0 || size < 1) {
                throw new IllegalArgumentException("page cannot be negative and size must be positive");
            }
        }
    }

    /**
     * An import as staff see it.
     *
     * @param evaluation the completed evaluation whose counts and searches are shown (0 while none completed)
     * @param summary    the counts of that evaluation, null until one completed
     * @param pending    an evaluation started and not (yet) completed, or null
     */
    public record AuditImportView(String importId, String department, String sha256, String layout,
                                  LocalDate periodFrom, LocalDate periodTo, int evaluation, String ruleVersion,
                                  Instant importedAt, Instant evaluatedAt, AuditSummary summary,
                                  PendingEvaluation pending, List<OfficerNamesView> officerViews) {
        public AuditImportView {
            officerViews = List.copyOf(officerViews);
        }

        public boolean completed() {
            return summary != null;
        }
    }

    public record PendingEvaluation(int evaluation, String ruleVersion, boolean rerun, long searches,
                                    Instant startedAt) {
    }

    /** One look at an import's officer names: who, when and why (shown to staff; never public). */
    public record OfficerNamesView(String viewerName, String viewerRole, OfficerNamesViewPurpose purpose,
                                   String note, Instant viewedAt) {
    }

    /** A completed import on the public register: no row, no officer, no plate. */
    public record PublicAuditImport(String department, LocalDate periodFrom, LocalDate periodTo, long searches,
                                    long flaggedSearches, List<RuleCount> flags, Instant importedAt) {
        public PublicAuditImport {
            flags = List.copyOf(flags);
        }
    }

    public record FlaggedSearchView(String importId, int evaluation, String department, AuditedSearch search) {
    }

    public record FlaggedSearchPage(List<FlaggedSearchView> searches, long total, int page, int size) {
        public FlaggedSearchPage {
            searches = List.copyOf(searches);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }
}
