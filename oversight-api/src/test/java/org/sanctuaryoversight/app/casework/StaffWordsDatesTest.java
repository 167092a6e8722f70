package org.sanctuaryoversight.app.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.department.DepartmentDirectory;

/**
 * JOURNEYS.md, "Department liaison": the inbox lists when a referral was sent (a moment) beside when it is due (a
 * calendar day). Staff pages write both the same way, and a date-time as that date with the time, so a reader
 * compares days, not formats.
 */
class StaffWordsDatesTest {

    static final ZoneId OFFICE = ZoneId.of("America/Los_Angeles");

    final StaffWords words = new StaffWords(DepartmentDirectory.of(List.of()),
            new CaseworkProperties(null, null, null, null, OFFICE, null));

    @Test
    void a_moments_day_a_calendar_day_and_a_date_time_write_the_date_the_same_way_in_english_and_spanish() {
        LocalDate day = LocalDate.of(2026, 12, 27);
        Instant thatEvening = day.atTime(23, 30).atZone(OFFICE).toInstant();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            assertThat(words.day(day, locale)).as(locale.toString()).isEqualTo(words.dayOf(thatEvening, locale));
            assertThat(words.day("2026-12-27", locale)).as(locale.toString()).isEqualTo(words.dayOf(thatEvening, locale));
            assertThat(words.at(thatEvening, locale)).as(locale.toString()).startsWith(words.dayOf(thatEvening, locale));
        }
        assertThat(words.day(day, Locale.ENGLISH)).isEqualTo("Dec 27, 2026");
        assertThat(words.day(day, Locale.forLanguageTag("es"))).isEqualTo("27 dic 2026");
    }
}
