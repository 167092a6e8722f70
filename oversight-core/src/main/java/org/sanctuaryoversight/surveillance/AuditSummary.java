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

    public record AgencyCount(String agency, AgencyType type, long searches, long flaggedSearches,
                              List<RuleCount> flags) {
        public AgencyCount {
            flags = List.copyOf(flags);
        }

        public long flagged(AuditRule rule) {
            return count(flags, rule);
        }
    }

    public record DailyCount(LocalDate day, AgencyType type, long searches, long flaggedSearches,
                             List<RuleCount> flags) {
        public DailyCount {
            flags = List.copyOf(flags);
        }

        public long flagged(AuditRule rule) {
            return count(flags, rule);
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

    private static long count(List<RuleCount> flags, AuditRule rule) {
        return flags.stream().filter(count -> count.rule() == rule).mapToLong(RuleCount::searches).sum();
    }
}
