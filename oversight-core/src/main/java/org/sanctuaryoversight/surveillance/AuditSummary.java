package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The counts of one evaluated audit log: what the public numbers and the review cases are made of. A search
 * with two flags counts once in {@code flaggedSearches} and once under each rule.
 *
 * @param agencies per searching agency (as named in the log) with its type
 * @param days     per day (in the city's time zone) and agency type, so a reporting period counts exactly its days
 */
public record AuditSummary(long searches, long flaggedSearches, Instant firstSearchAt, Instant lastSearchAt,
                           List<AgencyCount> agencies, List<DailyCount> days) {
    public AuditSummary {
        agencies = List.copyOf(agencies);
        days = List.copyOf(days);
    }

    /** How often one rule fired. */
    public record RuleCount(AuditRule rule, long searches) {
    }

    /** A count kept per rule as well: an agency's, a day's. */
    public interface RuleCounts {
        List<RuleCount> flags();

        /** Searches flagged under the rule. */
        default long flagged(AuditRule rule) {
            return flags().stream().filter(count -> count.rule() == rule).mapToLong(RuleCount::searches).sum();
        }
    }

    public record AgencyCount(String agency, AgencyType type, long searches, long flaggedSearches,
                              List<RuleCount> flags) implements RuleCounts {
        public AgencyCount {
            flags = List.copyOf(flags);
        }
    }

    public record DailyCount(LocalDate day, AgencyType type, long searches, long flaggedSearches,
                             List<RuleCount> flags) implements RuleCounts {
        public DailyCount {
            flags = List.copyOf(flags);
        }
    }

    /** Searches flagged under the rule, over every agency. */
    public long flagged(AuditRule rule) {
        return agencies.stream().mapToLong(agency -> agency.flagged(rule)).sum();
    }

    /** Agencies the directory could not classify, for the office to classify. */
    public List<String> unclassifiedAgencies() {
        return agencies.stream().filter(agency -> agency.type() == AgencyType.UNCLASSIFIED)
                .map(AgencyCount::agency).toList();
    }
}
