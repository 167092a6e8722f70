package org.sanctuaryoversight.report.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.report.ReportingPeriod;

class ReportingCalendarTest {

    private final ReportingCalendar calendar = new ReportingCalendar(LocalDate.of(2025, 1, 1));

    @Test
    void periodsAreConsecutiveNinetyDayBlocksFromTheEffectiveDate() {
        assertThat(calendar.period(1).start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(calendar.period(1).lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(calendar.period(2).start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(calendar.periodOf(Instant.parse("2025-03-31T23:59:59Z")).orElseThrow().number()).isEqualTo(1);
        assertThat(calendar.periodOf(Instant.parse("2025-04-01T00:00:00Z")).orElseThrow().number()).isEqualTo(2);
        assertThat(calendar.periodOf(Instant.parse("2024-12-31T23:59:59Z"))).isEmpty();
    }

    @Test
    void aPeriodContainsItsFirstInstantAndNotTheFirstInstantOfTheNext() {
        ReportingPeriod first = calendar.period(1);
        assertThat(first.contains(Instant.parse("2025-01-01T00:00:00Z"))).isTrue();
        assertThat(first.contains(Instant.parse("2024-12-31T23:59:59.999999999Z"))).isFalse();
        assertThat(first.contains(Instant.parse("2025-03-31T23:59:59.999999999Z"))).isTrue();
        assertThat(first.contains(Instant.parse("2025-04-01T00:00:00Z"))).isFalse();
        assertThat(first.contains(Instant.parse("1969-12-31T23:59:59Z"))).isFalse();
        assertThat(first.contains(null)).isFalse();
    }

    @Test
    void onlyEndedPeriodsCanBeListedForPublication() {
        assertThat(calendar.endedPeriods(Instant.parse("2025-06-29T23:59:59Z"))).hasSize(1);
        assertThat(calendar.endedPeriods(Instant.parse("2025-06-30T00:00:00Z"))).hasSize(2);
    }
}
