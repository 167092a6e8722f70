package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sanctuaryoversight.surveillance.AuditSummary.AgencyCount;
import org.sanctuaryoversight.surveillance.AuditSummary.DailyCount;
import org.sanctuaryoversight.surveillance.AuditSummary.RuleCount;

/** Counts of the second pass, per agency and per day and agency type; memory grows with agencies and days only. */
final class AuditTally {

    private static final AuditRule[] RULES = AuditRule.values();

    private final ZoneId cityZone;
    private final Map<String, Counter> agencies = new HashMap<>();
    private final Map<LocalDate, Map<AgencyType, Counter>> days = new TreeMap<>();
    private long searches;
    private long flagged;
    private Instant first;
    private Instant last;

    AuditTally(ZoneId cityZone) {
        this.cityZone = cityZone;
    }

    private static final class Counter {
        final String name;
        final AgencyType type;
        long searches;
        long flagged;
        final long[] rules = new long[RULES.length];

        Counter(String name, AgencyType type) {
            this.name = name;
            this.type = type;
        }

        void add(List<SearchFlag> flags) {
            searches++;
            if (!flags.isEmpty()) {
                flagged++;
            }
            boolean[] seen = new boolean[RULES.length];
            for (SearchFlag flag : flags) {
                if (!seen[flag.rule().ordinal()]) {
                    seen[flag.rule().ordinal()] = true;
                    rules[flag.rule().ordinal()]++;
                }
            }
        }

        List<RuleCount> ruleCounts() {
            List<RuleCount> counts = new ArrayList<>();
            for (AuditRule rule : RULES) {
                if (rules[rule.ordinal()] > 0) {
                    counts.add(new RuleCount(rule, rules[rule.ordinal()]));
                }
            }
            return counts;
        }
    }

    void add(String agency, String agencyKey, AgencyType type, Instant searchedAt, List<SearchFlag> flags) {
        searches++;
        if (!flags.isEmpty()) {
            flagged++;
        }
        first = first == null || searchedAt.isBefore(first) ? searchedAt : first;
        last = last == null || searchedAt.isAfter(last) ? searchedAt : last;
        agencies.computeIfAbsent(agencyKey, key -> new Counter(agency, type)).add(flags);
        days.computeIfAbsent(searchedAt.atZone(cityZone).toLocalDate(), day -> new EnumMap<>(AgencyType.class))
                .computeIfAbsent(type, t -> new Counter(null, t)).add(flags);
    }

    long searches() {
        return searches;
    }

    long flagged() {
        return flagged;
    }

    AuditSummary summary() {
        List<AgencyCount> byAgency = agencies.values().stream()
                .sorted(Comparator.comparingLong((Counter c) -> -c.searches).thenComparing(c -> c.name))
                .map(c -> new AgencyCount(c.name, c.type, c.searches, c.flagged, c.ruleCounts())).toList();
        List<DailyCount> byDay = new ArrayList<>();
        days.forEach((day, types) -> types.forEach((type, c) ->
                byDay.add(new DailyCount(day, type, c.searches, c.flagged, c.ruleCounts()))));
        return new AuditSummary(searches, flagged, first, last, byAgency, byDay);
    }
}
