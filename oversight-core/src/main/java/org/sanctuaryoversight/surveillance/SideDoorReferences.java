package org.sanctuaryoversight.surveillance;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Case and reference numbers in free text, for matching a search to a federal request: a token of at least
 * five letters and digits (so a year alone is not one) that holds a digit ({@code 24-00123}, {@code ICE-2026-0412}, {@code #A1234}),
 * compared without case and without the dashes, slashes and dots people write them with.
 */
final class SideDoorReferences {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:()\\[\\]{}\"'<>|]+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{Alnum}]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int SHORTEST = 5;

    private SideDoorReferences() {
    }

    /** Every candidate reference in the texts, canonical. */
    static Set<String> in(String... texts) {
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String token : SEPARATORS.split(text)) {
                String canonical = canonical(token);
                if (canonical.length() >= SHORTEST && DIGIT.matcher(canonical).find()) {
                    found.add(canonical);
                }
            }
        }
        return found;
    }

    /** A reference without case or punctuation: {@code ice-2026/0412} is {@code ICE20260412}. */
    static String canonical(String token) {
        return NOT_ALPHANUMERIC.matcher(token).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
