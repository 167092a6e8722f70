package org.sanctuaryoversight.privacy;

import org.sanctuaryoversight.ruling.Ruling;

/**
 * Staff-written text that is kept in clear outlives crypto-shredding: a complaint's data key destroys its
 * narrative, contact and messages, but not a recommendation, a review case's reason, an access-log note or a
 * public summary. Such text may say what happened and why, never who it was about, so it is refused when
 * {@link IdentifierPatternCheck} finds an obvious identifier in it (a name, date of birth, A-number, Social
 * Security number, address or phone number). Text about a complainant that needs identifiers belongs in the
 * sealed fields (investigation notes, messages), which shredding does destroy.
 *
 * <p>The reason key names the field, so the refusal says which text to change: {@code
 * rule.FreeTextNamesNoOne.<field>}.
 */
public final class FreeTextNamesNoOne {

    private FreeTextNamesNoOne() {
    }

    /** Allowed for blank text (whether a text is required is another rule's business). */
    public static Ruling check(String field, String text) {
        return IdentifierPatternCheck.find(text).isPresent()
                ? Ruling.invalid("FreeTextNamesNoOne", "rule.FreeTextNamesNoOne." + field)
                : Ruling.allow();
    }
}
