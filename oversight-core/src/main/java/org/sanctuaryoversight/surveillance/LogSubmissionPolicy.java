package org.sanctuaryoversight.surveillance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether departments that run license-plate readers hand their search logs to the office. Civil Code
 * § 1798.90.52(a) makes every ALPR operator keep a record of each access; the ordinance's oversight body can
 * audit only the records it is given. A month a department submitted nothing for, once its grace days have
 * passed, is itself a flag ("log not submitted"); a reporting period is covered completely only when the
 * imported logs together cover every one of its days.
 */
public final class LogSubmissionPolicy {

    /** A department's submitted log: the days it covers, inclusive. */
    public record Coverage(String department, LocalDate from, LocalDate to) {
    }

    /** A month for which a department submitted no log at all. */
    public record MissingLog(String department, YearMonth month) {
    }

    private final List<String> departments;
    private final YearMonth dueFrom;
    private final int graceDays;

    /**
     * @param departments the departments whose logs are required
     * @param dueFrom     the first month a log is due
     * @param graceDays   days after a month's end before its log is overdue
     */
    public LogSubmissionPolicy(List<String> departments, YearMonth dueFrom, int graceDays) {
        this.departments = List.copyOf(departments);
        this.dueFrom = dueFrom;
        this.graceDays = graceDays;
    }

    public List<String> departments() {
        return departments;
    }

    /** Every overdue month without any log, per department, oldest first. */
    public List<MissingLog> missing(List<Coverage> submitted, LocalDate today) {
        List<MissingLog> missing = new ArrayList<>();
        for (String department : departments) {
            for (YearMonth month = dueFrom; today.isAfter(month.atEndOfMonth().plusDays(graceDays)); month = month.plusMonths(1)) {
                YearMonth due = month;
                boolean any = submitted.stream().anyMatch(c -> c.department().equals(department)
                        && !c.from().isAfter(due.atEndOfMonth()) && !c.to().isBefore(due.atDay(1)));
                if (!any) {
                    missing.add(new MissingLog(department, month));
                }
            }
        }
        return missing;
    }

    /** Whether the department's logs together cover every day from {@code from} to {@code to}, inclusive. */
    public static boolean coversCompletely(String department, LocalDate from, LocalDate to, List<Coverage> submitted) {
        List<Coverage> own = submitted.stream().filter(c -> c.department().equals(department))
                .sorted(Comparator.comparing(Coverage::from)).toList();
        LocalDate next = from;
        for (Coverage coverage : own) {
            if (coverage.from().isAfter(next)) {
                return false;
            }
            if (!coverage.to().isBefore(next)) {
                next = coverage.to().plusDays(1);
            }
            if (next.isAfter(to)) {
                return true;
            }
        }
        return next.isAfter(to);
    }
}
