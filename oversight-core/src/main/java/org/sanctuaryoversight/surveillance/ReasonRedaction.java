package org.sanctuaryoversight.surveillance;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cuts a search's own plate and officer name out of its free-text reason before the reason is kept: people
 * type "stolen vehicle 7ABC123" or sign their searches. The plate is matched with or without spaces and
 * dashes between its characters; the name as a whole and each part of it of three letters or more.
 */
final class ReasonRedaction {

    static final int MAX_REASON = 500;
    static final String PLATE = "[plate]";
    static final String NAME = "[name]";
    private static final Pattern NAME_PARTS = Pattern.compile("[\\s,.;]+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{Alnum}]");

    private ReasonRedaction() {
    }

    static String redact(String reason, String plate, String officer) {
        if (reason == null || reason.isBlank()) {
            return reason == null ? null : "";
        }
        String kept = reason.strip();
        String platePart = plate == null || AuditLogLayout.isRedacted(plate) ? ""
                : NOT_ALPHANUMERIC.matcher(plate).replaceAll("");
        if (platePart.length() >= 2) {
            String spaced = platePart.chars().mapToObj(c -> Pattern.quote(String.valueOf((char) c)))
                    .collect(Collectors.joining("[\\s-]*"));
            kept = Pattern.compile("(?<![\\p{Alnum}])" + spaced + "(?![\\p{Alnum}])", Pattern.CASE_INSENSITIVE)
                    .matcher(kept).replaceAll(PLATE);
        }
        if (officer != null && !officer.isBlank() && !AuditLogLayout.isRedacted(officer)) {
            kept = word(officer.strip()).matcher(kept).replaceAll(NAME);
            for (String part : NAME_PARTS.split(officer.strip())) {
                if (part.length() >= 3) {
                    kept = word(part).matcher(kept).replaceAll(NAME);
                }
            }
        }
        return kept.length() > MAX_REASON ? kept.substring(0, MAX_REASON) + "…" : kept;
    }

    private static Pattern word(String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
