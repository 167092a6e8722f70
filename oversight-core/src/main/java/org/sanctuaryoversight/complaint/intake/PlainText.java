package org.sanctuaryoversight.complaint.intake;

/**
 * What counts as text in a complaint, one rule for the form and the JSON API alike (issue 18). Text must be readable:
 * no lone surrogate (half a character, which no font shows and some stores refuse), no U+FFFD (the replacement the
 * server puts where a form sent bytes that are not UTF-8) and no NUL. And text that is required must say something:
 * spaces and invisible characters (zero-width spaces and joiners, word joiners, byte-order marks) alone do not.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Whether the text can be stored and shown as it was meant; {@code null} is readable (absent). */
    public static boolean readable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has at least one character a reader can see. */
    public static boolean visible(String text) {
        return text != null && text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT && !Character.isISOControl(c));
    }
}
