package org.sanctuaryoversight.complaint.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.axonframework.deadline.DeadlineManager;

/**
 * How long the office and departments have: to acknowledge a complaint (business days), for a department
 * to answer a referral, and to finish an investigation (calendar days). A due date is a day in the
 * office's time zone; the deadline passes when that day ends.
 */
public final class CaseDeadlines {

    private final int acknowledgementBusinessDays;
    private final int departmentResponseDays;
    private final int investigationDays;
    private final BusinessCalendar calendar;
    private final ZoneId zone;

    public CaseDeadlines(int acknowledgementBusinessDays, int departmentResponseDays, int investigationDays,
                         BusinessCalendar calendar, ZoneId zone) {
        if (acknowledgementBusinessDays < 0 || departmentResponseDays < 1 || investigationDays < 1) {
            throw new IllegalArgumentException("deadline durations must be positive");
        }
        this.acknowledgementBusinessDays = acknowledgementBusinessDays;
        this.departmentResponseDays = departmentResponseDays;
        this.investigationDays = investigationDays;
        this.calendar = Objects.requireNonNull(calendar);
        this.zone = Objects.requireNonNull(zone);
    }

    public static final int DEFAULT_ACKNOWLEDGEMENT_BUSINESS_DAYS = 5;
    public static final int DEFAULT_DEPARTMENT_RESPONSE_DAYS = 30;
    public static final int DEFAULT_INVESTIGATION_DAYS = 180;

    /** The documented defaults: 5 business days, 30 days, 180 days, no holidays, UTC. */
    public static CaseDeadlines defaults() {
        return new CaseDeadlines(DEFAULT_ACKNOWLEDGEMENT_BUSINESS_DAYS, DEFAULT_DEPARTMENT_RESPONSE_DAYS,
                DEFAULT_INVESTIGATION_DAYS, new BusinessCalendar(java.util.Set.of()), ZoneId.of("UTC"));
    }

    public LocalDate acknowledgementDue(Instant filedAt) {
        return calendar.plusBusinessDays(day(filedAt), acknowledgementBusinessDays);
    }

    /** The default due date offered when a referral is sent; staff may choose another. */
    public LocalDate departmentResponseDue(Instant sentAt) {
        return day(sentAt).plusDays(departmentResponseDays);
    }

    public LocalDate investigationDue(Instant acceptedAt) {
        return day(acceptedAt).plusDays(investigationDays);
    }

    /** The moment a due date has passed: the start of the following day in the office's zone. */
    public Instant passes(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Schedules the acknowledgement deadline of a complaint just filed (the complaint's creation handler calls it). */
    public void scheduleAcknowledgement(DeadlineManager deadlineManager, Instant filedAt) {
        schedule(deadlineManager, DeadlineKind.ACKNOWLEDGEMENT, null, null, acknowledgementDue(filedAt));
    }

    /** Schedules a deadline on the durable deadline manager; it comes back to the case file when it passes. */
    void schedule(DeadlineManager deadlineManager, DeadlineKind kind, String referenceId, String department,
                  LocalDate due) {
        deadlineManager.schedule(passes(due), DeadlinePassed.DEADLINE_NAME,
                new DeadlinePassed(kind, referenceId, department, due, passes(due)));
    }

    public LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The office's working days (for reminders counted in business days). */
    public BusinessCalendar calendar() {
        return calendar;
    }
}
