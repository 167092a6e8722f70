package org.sanctuaryoversight.report.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sanctuaryoversight.report.ReportingPeriod;

/**
 * Consecutive reporting periods (90 days by default, as the ordinance's "Public Record" section requires)
 * counted from the ordinance's effective date, in UTC days.
 */
public final class ReportingCalendar {

    public static final int PERIOD_DAYS = 90;

    private final LocalDate effectiveDate;
    private final int periodDays;

    public ReportingCalendar(LocalDate effectiveDate) {
        this(effectiveDate, PERIOD_DAYS);
    }

    public ReportingCalendar(LocalDate effectiveDate, int periodDays) {
        this.effectiveDate = Objects.requireNonNull(effectiveDate, "effective date");
        if (periodDays < 1) {
            throw new IllegalArgumentException("A reporting period lasts at least one day");
        }
        this.periodDays = periodDays;
    }

    public int periodDays() {
        return periodDays;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public ReportingPeriod period(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Reporting periods are numbered from 1");
        }
        LocalDate start = effectiveDate.plusDays((long) (number - 1) * periodDays);
        return new ReportingPeriod(number, start, start.plusDays(periodDays));
    }

    /** The period an instant falls in; empty before the ordinance took effect. */
    public Optional<ReportingPeriod> periodOf(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        if (day.isBefore(effectiveDate)) {
            return Optional.empty();
        }
        return Optional.of(period((int) (ChronoUnit.DAYS.between(effectiveDate, day) / periodDays) + 1));
    }

    /** Every period that has ended by {@code now}: only a finished period can be published. */
    public List<ReportingPeriod> endedPeriods(Instant now) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int number = 1; !period(number).endInstant().isAfter(now); number++) {
            periods.add(period(number));
        }
        return periods;
    }
}
