package org.sanctuaryoversight.app.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sanctuaryoversight.department.Department;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Human words for what the staff pages show: department names instead of codes, languages by name, dates and times
 * in the office's time zone and the reader's language. Used by the templates as {@code @words}, so no page shows a
 * code where a person expects a word.
 */
@Component("words")
public class StaffWords {

    /**
     * One way to write a date on every staff page ("Dec 7, 2026", "7 dic 2026"), whether it is the day something
     * happened or a due date: a table that writes "Dec 7, 2026" beside "December 27, 2026" makes a reader compare
     * formats instead of days.
     */
    static final FormatStyle DATES = FormatStyle.MEDIUM;

    private final DepartmentDirectory departments;
    private final ZoneId officeZone;

    StaffWords(DepartmentDirectory departments, CaseworkProperties properties) {
        this.departments = departments;
        this.officeZone = properties.timeZone();
    }

    /** A department's name in the reader's language; the code only for a department no longer configured. */
    public String department(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return departments.all().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(department -> department.name(locale.toLanguageTag())).orElse(code);
    }

    /** Several departments by name, as a list in words; accepts a collection or a comma-separated text. */
    public String departments(Object codes, Locale locale) {
        Collection<String> list = codes instanceof Collection<?> collection
                ? collection.stream().map(String::valueOf).toList()
                : Arrays.stream(String.valueOf(codes).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return list.stream().map(code -> department(code, locale)).collect(Collectors.joining(", "));
    }

    public Collection<Department> allDepartments() {
        return departments.all();
    }

    /** A language by its name in the reader's language ("Spanish", "español"). */
    public String language(String tag, Locale locale) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(tag).getDisplayName(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** A moment, as a date and time in the office's time zone: the date as {@link #day} writes it, then the time. */
    public String at(Instant instant, Locale locale) {
        return moment(instant, locale, FormatStyle.SHORT);
    }

    /**
     * A moment to the second, for audit tables (the access log, the plate-reader searches): auditors look for bursts
     * of reads or searches within one minute, which {@link #at} hides. Same date, time zone and language as {@link #at}.
     */
    public String atSeconds(Instant instant, Locale locale) {
        return moment(instant, locale, FormatStyle.MEDIUM);
    }

    /** The date as {@link #day} writes it, then the time in the given style, in the office's time zone. */
    private String moment(Instant instant, Locale locale, FormatStyle time) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(DATES, time)
                .withLocale(locale).withZone(officeZone).format(instant);
    }

    /** A moment, as the day it was in the office's time zone, written as {@link #day} writes a calendar day. */
    public String dayOf(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(DATES).withLocale(locale)
                .withZone(officeZone).format(instant);
    }

    /** A calendar day ({@code LocalDate} or ISO text), such as a due date. */
    public String day(Object date, Locale locale) {
        LocalDate day = calendarDay(date);
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(DATES).withLocale(locale).format(day);
    }

    /** A {@code LocalDate} or its ISO text as a day; null when there is none. */
    private static LocalDate calendarDay(Object date) {
        if (date == null || String.valueOf(date).isBlank()) {
            return null;
        }
        return date instanceof LocalDate local ? local : LocalDate.parse(String.valueOf(date));
    }

    /**
     * A calendar day as {@link #day} writes it, inside {@code <time datetime="YYYY-MM-DD">}, for a message that places
     * days in a sentence ("Period 1 (<time>Jan 1, 2026</time> to …)") and is written with {@code th:utext}: the reader
     * gets words, a screen reader or a script the ISO day. The words are escaped here, so the message stays safe.
     */
    public String dayElement(Object date, Locale locale) {
        LocalDate day = calendarDay(date);
        if (day == null) {
            return "";
        }
        return "<time datetime=\"" + day + "\">" + HtmlUtils.htmlEscape(day(day, locale), "UTF-8") + "</time>";
    }

    /** An approximate date as the person gave it: a year, a month or a day. */
    public String approximate(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (value.length() == 4) {
            return value;
        }
        if (value.length() == 7) {
            return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.parse(value));
        }
        return day(value, locale);
    }
}
