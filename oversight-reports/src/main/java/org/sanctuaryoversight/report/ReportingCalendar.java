package org.sanctuaryoversight.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Consecutive 90-day reporting periods counted from the ordinance's effective date (UTC days). */
public final class ReportingCalendar {

    public static final int PERIOD_DAYS = 90;

    private final LocalDate effectiveDate;

    public ReportingCalendar(LocalDate effectiveDate) {
        this.effectiveDate = Objects.requireNonNull(effectiveDate, "effective date");
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public ReportingPeriod period(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Reporting periods are numbered from 1");
        }
        LocalDate start = effectiveDate.plusDays((long) (number - 1) * PERIOD_DAYS);
        return new ReportingPeriod(number, start, start.plusDays(PERIOD_DAYS));
    }

    /** The period an instant falls in; empty before the ordinance took effect. */
    public Optional<ReportingPeriod> periodOf(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        if (day.isBefore(effectiveDate)) {
            return Optional.empty();
        }
        return Optional.of(period((int) (ChronoUnit.DAYS.between(effectiveDate, day) / PERIOD_DAYS) + 1));
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
