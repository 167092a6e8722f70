package org.sanctuaryoversight.ruling;

/**
 * The one shape of "say why before you open it": opening something sealed (a complainant's contact, a document sent
 * with a federal request) needs a purpose from a list and a note in the person's own words, kept in the access log.
 * Each rule that asks for it names itself, so that its reasons stay its own ({@code rule.<name>.purpose},
 * {@code .note}, {@code .tooLong}).
 */
public final class StatedReason {

    private StatedReason() {
    }

    /** Allowed when there is a purpose and a note of at most {@code maxNote} characters. */
    public static Ruling check(String rule, Enum<?> purpose, String note, int maxNote) {
        if (purpose == null) {
            return Ruling.invalid(rule, "rule." + rule + ".purpose");
        }
        if (note == null || note.isBlank()) {
            return Ruling.invalid(rule, "rule." + rule + ".note");
        }
        return note.length() > maxNote ? Ruling.invalid(rule, "rule." + rule + ".tooLong") : Ruling.allow();
    }
}
