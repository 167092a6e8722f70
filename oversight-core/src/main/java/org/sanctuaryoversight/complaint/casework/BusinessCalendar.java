package org.sanctuaryoversight.complaint.casework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The office's working days: Monday to Friday, except the configured holidays. "Five business days"
 * to acknowledge a complaint means five of these, counted from the day after the complaint arrived.
 */
public final class BusinessCalendar {

    private final Set<LocalDate> holidays;

    public BusinessCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The business day that is {@code days} business days after {@code start} (start itself never counts). */
    public LocalDate plusBusinessDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
