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

    public boolean contains(Instant instant) {
        return instant != null && !instant.isBefore(startInstant()) && instant.isBefore(endInstant());
    }
}
