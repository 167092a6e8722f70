package org.sanctuaryoversight.complaint.intake;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When something happened, as precisely as the resident remembers it: a year ({@code 2026}), a month
 * ({@code 2026-10}) or a day ({@code 2026-10-03}). People who are afraid rarely remember exact dates;
 * the form must not force a false precision on them.
 */
public record ApproximateDate(String value) {

    public enum Precision { YEAR, MONTH, DAY }

    /**
     * No incident the office can act on happened before this year; {@code 0000} and other years no living person
     * remembers are typing mistakes, refused so that they never reach the reports' counts by year.
     */
    public static final int EARLIEST_YEAR = 1900;

    public ApproximateDate {
        Objects.requireNonNull(value, "value");
        precisionOf(value); // throws for anything that is not one of the three forms
    }

    /** Parses and checks the value; the date may not lie after {@code today}. */
    public static ApproximateDate parse(String text, LocalDate today) {
        ApproximateDate date = new ApproximateDate(text.trim());
        if (date.earliestDay().getYear() < EARLIEST_YEAR) {
            throw new IllegalArgumentException("Not a valid date: the year is before " + EARLIEST_YEAR + ".");
        }
        if (date.earliestDay().isAfter(today)) {
            throw new IllegalArgumentException("The date is in the future.");
        }
        return date;
    }

    public Precision precision() {
        return precisionOf(value);
    }

    /** The first day the approximate date can mean; reports count incidents by this day. */
    public LocalDate earliestDay() {
        return switch (precision()) {
            case YEAR -> Year.parse(value).atDay(1);
            case MONTH -> YearMonth.parse(value).atDay(1);
            case DAY -> LocalDate.parse(value);
        };
    }

    private static Precision precisionOf(String value) {
        try {
            if (value.matches("\\d{4}")) {
                Year.parse(value);
                return Precision.YEAR;
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(value);
                return Precision.MONTH;
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(value);
                return Precision.DAY;
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD.", e);
        }
        throw new IllegalArgumentException("Not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD.");
    }
}
