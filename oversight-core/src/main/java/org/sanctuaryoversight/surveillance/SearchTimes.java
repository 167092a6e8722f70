package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The times of searches as vendors write them: Flock's {@code 04/10/2026, 05:01:33 AM UTC}, ISO-8601
 * ({@code 2026-04-10T05:01:33Z}), or a configured pattern; a time without a zone is in the layout's zone.
 */
final class SearchTimes {

    private static final DateTimeFormatter FLOCK = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("M/d/uuuu, h:mm[:ss] a").optionalStart().appendLiteral(' ').appendZoneText(TextStyle.SHORT)
            .optionalEnd().toFormatter(Locale.US);

    private final DateTimeFormatter pattern;
    private final ZoneId zone;

    SearchTimes(String pattern, ZoneId zone) {
        this.pattern = pattern == null ? null
                : new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US);
        this.zone = zone;
    }

    /** The instant, or null when the text is not a time this layout understands. */
    Instant parse(String text) {
        String value = text.strip();
        if (pattern != null) {
            return parse(pattern, value);
        }
        Instant flock = parse(FLOCK, value);
        if (flock != null) {
            return flock;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                return null;
            }
        }
    }

    private Instant parse(DateTimeFormatter formatter, String value) {
        try {
            TemporalAccessor parsed = formatter.parse(value);
            ZoneId written = parsed.query(java.time.temporal.TemporalQueries.zone());
            LocalDateTime local = LocalDateTime.from(parsed);
            return ZonedDateTime.of(local, written == null ? zone : written).toInstant();
        } catch (java.time.DateTimeException unreadable) {
            return null;
        }
    }
}
