package org.sanctuaryoversight.notification;

import java.time.LocalDate;
import org.sanctuaryoversight.complaint.casework.BusinessCalendar;

/**
 * When a deadline is "coming up": its due date is today or within the next {@code businessDays} business days of the
 * office's calendar. A window rather than one exact day, so a due date on a weekend or holiday, a referral given a
 * short due date, or a day the reminder job did not run still gets its reminder (once: the sender remembers it).
 */
public final class ReminderWindow {

    private final BusinessCalendar calendar;
    private final int businessDays;

    public ReminderWindow(BusinessCalendar calendar, int businessDays) {
        if (businessDays < 0) {
            throw new IllegalArgumentException("businessDays must not be negative");
        }
        this.calendar = calendar;
        this.businessDays = businessDays;
    }

    /** The last due date that is coming up on {@code today}. */
    public LocalDate lastDueDate(LocalDate today) {
        return calendar.plusBusinessDays(today, businessDays);
    }

    public boolean comingUp(LocalDate dueDate, LocalDate today) {
        return dueDate != null && !dueDate.isBefore(today) && !dueDate.isAfter(lastDueDate(today));
    }
}
