package org.sanctuaryoversight.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.surveillance.LogSubmissionPolicy.Coverage;
import org.sanctuaryoversight.surveillance.LogSubmissionPolicy.MissingLog;

class LogSubmissionPolicyTest {

    final LogSubmissionPolicy policy = new LogSubmissionPolicy(List.of("police", "sheriff"), YearMonth.of(2026, 1), 10);
    final List<Coverage> submitted = List.of(new Coverage("police", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")),
            new Coverage("police", LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-20")));

    @Test
    void a_month_without_any_log_is_flagged_once_its_grace_days_have_passed() {
        assertThat(policy.missing(submitted, LocalDate.parse("2026-04-11"))).containsExactly(
                new MissingLog("police", YearMonth.of(2026, 2)),
                new MissingLog("sheriff", YearMonth.of(2026, 1)), new MissingLog("sheriff", YearMonth.of(2026, 2)),
                new MissingLog("sheriff", YearMonth.of(2026, 3)));
        assertThat(policy.missing(submitted, LocalDate.parse("2026-02-10"))).as("January's log is not yet overdue")
                .containsExactly();
        assertThat(policy.missing(submitted, LocalDate.parse("2026-02-11"))).containsExactly(
                new MissingLog("sheriff", YearMonth.of(2026, 1)));
    }

    @Test
    void a_period_is_covered_completely_only_when_the_logs_leave_no_day_out() {
        assertThat(LogSubmissionPolicy.coversCompletely("police", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-31"), submitted)).isTrue();
        assertThat(LogSubmissionPolicy.coversCompletely("police", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-03-31"), submitted)).isFalse();
        List<Coverage> adjoining = List.of(new Coverage("sheriff", LocalDate.parse("2026-01-16"), LocalDate.parse("2026-02-10")),
                new Coverage("sheriff", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-15")));
        assertThat(LogSubmissionPolicy.coversCompletely("sheriff", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-02-10"), adjoining)).isTrue();
        assertThat(LogSubmissionPolicy.coversCompletely("police", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-31"), adjoining)).isFalse();
    }
}
