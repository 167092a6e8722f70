package org.sanctuaryoversight.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One 90-day reporting period: {@code number} 1 starts on the ordinance's effective date; each period
 * covers the days {@code [start, endExclusive)} in UTC.
 */
public record ReportingPeriod(int number, LocalDate start, LocalDate endExclusive) {

    public Instant startInstant() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant endInstant() {
        return endExclusive.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last day the period covers. */
    public LocalDate lastDay() {
        return endExclusive.minusDays(1);
    }

    /** Whether the instant falls on one of the period's days (UTC). Called for every record at every publication. */
    public boolean contains(Instant instant) {
        if (instant == null) {
            return false;
        }
        long day = Math.floorDiv(instant.getEpochSecond(), 86_400L);
        return day >= start.toEpochDay() && day < endExclusive.toEpochDay();
    }
}
