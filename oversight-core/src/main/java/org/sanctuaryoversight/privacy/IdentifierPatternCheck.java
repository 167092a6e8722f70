package org.sanctuaryoversight.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses free text that obviously identifies a person. Text that is kept in clear or published (the
 * federal-request register, a case's public summary, recommendations, review-case reasons, access-log
 * notes) outlives crypto-shredding, so the subject's name, date of birth, A-number, Social Security number,
 * address or phone number must never be written into it ("Protection of Sensitive Information"). This is a
 * safety net for slips, in English and Spanish, not a guarantee: the forms also say so, and the office
 * reviews public summaries before release.
 *
 * <p>Each finding is a code the web layer turns into words: {@code aNumber}, {@code ssn},
 * {@code dateOfBirth}, {@code address}, {@code phone}, {@code name}.
 */
public final class IdentifierPatternCheck {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        // A-numbers: A123456789, A-123-456-789, A 123 456 789, A#12345678 (8 or 9 digits), and the words for them.
        PATTERNS.put("aNumber", Pattern.compile(
                "(?<![\\p{L}\\d])A\\s?[#-]?\\s?(?:\\d{8,9}|\\d{2,3}[\\s-]\\d{3}[\\s-]\\d{3})(?!\\d)"
                        + "|\\balien\\s+(?:registration\\s+)?(?:number|no\\.?|#)"
                        + "|\\bn[uú]mero\\s+(?:de\\s+)?(?:extranjero|A)\\b|\\bA-?number\\b", FLAGS));
        PATTERNS.put("ssn", Pattern.compile(
                "(?<!\\d)\\d{3}[-\\s]\\d{2}[-\\s]\\d{4}(?!\\d)|\\bSSN\\b|\\bsocial\\s+security\\s+(?:number|no)"
                        + "|\\bseguro\\s+social\\b", FLAGS));
        PATTERNS.put("dateOfBirth", Pattern.compile(
                "\\bD\\.?O\\.?B\\.?(?![\\p{L}])|\\bdate\\s+of\\s+birth\\b|\\bbirth\\s*date\\b|\\bbirthday\\b|\\bborn\\b"
                        + "|\\bfecha\\s+de\\s+nacimiento\\b|\\bnaci(?:do|da|ó|o)\\b|\\bF\\.\\s?N\\.", FLAGS));
        PATTERNS.put("address", Pattern.compile(
                "(?<!\\d)\\d{1,6}\\s+(?:[\\p{L}\\d.'-]+\\s+){0,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln"
                        + "|drive|dr|way|court|ct|place|pl|terrace|circle|highway|hwy|parkway|pkwy)\\b\\.?"
                        + "|\\b(?:calle|avenida|avda|av|camino|carretera|paseo|callejón|callejon|bulevar)\\.?\\s+"
                        + "(?:[\\p{L}.'-]+\\s+){0,4}(?:#|n[oº°]\\.?|n[uú]m\\.?|n[uú]mero)?\\s*\\d{1,6}(?!\\d)"
                        + "|\\b(?:apt|apartment|apartamento|depto|departamento)\\.?\\s*#?\\s*\\d+|\\bP\\.?O\\.?\\s+Box\\b"
                        + "|\\bhome\\s+address\\b|\\bdomicilio\\b|\\bdirecci[oó]n\\s*:", FLAGS));
        // Phone numbers: (555) 123-4567, 555-123-4567, 555.123.4567, +1 555 123 4567, and the words for them.
        PATTERNS.put("phone", Pattern.compile(
                "(?<![\\d-])(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}(?![\\d-])"
                        + "|\\b(?:phone|cell|mobile)\\s*(?:number|no\\.?|#)?\\s*[:=]|\\btel[eé]fono\\b|\\bcelular\\s*[:=]", FLAGS));
        PATTERNS.put("name", Pattern.compile(
                "\\b(?:full\\s+|first\\s+|last\\s+|sur|family\\s+|given\\s+)?name\\s*[:=]"
                        + "|\\b(?:nombre(?:\\s+completo)?|apellidos?)\\s*[:=]|\\bsubject\\s*[:=]|\\bsujeto\\s*[:=]"
                        + "|\\b(?:named|llamad[oa])\\s+(?-i:\\p{Lu})", FLAGS));
    }

    private IdentifierPatternCheck() {
    }

    /** The first kind of identifier the text seems to contain, as a code; empty when none is found. */
    public static Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Map.Entry<String, Pattern> entry : PATTERNS.entrySet()) {
            if (entry.getValue().matcher(text).find()) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }
}
