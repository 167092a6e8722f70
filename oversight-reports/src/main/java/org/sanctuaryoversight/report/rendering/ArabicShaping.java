package org.sanctuaryoversight.report.rendering;

import java.util.HashMap;
import java.util.Map;

/**
 * Joins Arabic and Persian letters for the PDF: each letter becomes its isolated, final, initial or medial
 * presentation form (Unicode Arabic Presentation Forms A and B, which Noto Sans Arabic carries), lam-alef becomes its
 * ligature. The PDF renderer draws glyphs as they come and does no contextual shaping of its own; without this the
 * letters would stand apart, unreadable. Logical order in, logical order out (reordering is {@link RightToLeftText}'s).
 * The forms are compatibility characters, so the text extracted from the PDF normalises (NFKC) back to the letters.
 */
final class ArabicShaping {

    /** base letter → first presentation form (isolated); the others follow: final, initial, medial. */
    private static final Map<Character, Character> FORMS = new HashMap<>();
    /** Letters that join only to the letter before them (two forms: isolated, final). */
    private static final String RIGHT_JOINING = "\u0622\u0623\u0624\u0625\u0627\u0629\u062F\u0630\u0631\u0632\u0648\u0649\u0698";

    static {
        // Presentation Forms-B lists the letters hamza..yeh in code point order: hamza one form, right-joining two,
        // dual-joining four.
        char form = '\uFE80';
        for (char letter = '\u0621'; letter <= '\u064A'; letter++) {
            if (letter >= '\u063B' && letter <= '\u0640') {
                continue;
            }
            FORMS.put(letter, form);
            form += letter == '\u0621' ? 1 : RIGHT_JOINING.indexOf(letter) >= 0 ? 2 : 4;
        }
        // Persian letters, from Presentation Forms-A.
        FORMS.put('\u067E', '\uFB56'); // peh
        FORMS.put('\u0686', '\uFB7A'); // tcheh
        FORMS.put('\u0698', '\uFB8A'); // jeh (right-joining)
        FORMS.put('\u06A9', '\uFB8E'); // keheh
        FORMS.put('\u06AF', '\uFB92'); // gaf
        FORMS.put('\u06CC', '\uFBFC'); // farsi yeh
    }

    private ArabicShaping() {
    }

    static String shape(String text) {
        StringBuilder shaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char letter = text.charAt(i);
            Character first = FORMS.get(letter);
            if (first == null) {
                shaped.append(letter);
                continue;
            }
            int next = nextLetter(text, i);
            boolean joinsBefore = joinsToNext(previousLetter(text, i), text) && letter != '\u0621';
            if (letter == '\u0644' && next >= 0 && lamAlef(text.charAt(next)) != 0) {
                shaped.append((char) (lamAlef(text.charAt(next)) + (joinsBefore ? 1 : 0)));
                i = next; // the alef is part of the ligature (marks between them are dropped with it, rare)
                continue;
            }
            boolean joinsAfter = isDualJoining(letter) && next >= 0 && joins(text.charAt(next));
            int offset = letter == '\u0621' ? 0
                    : joinsBefore && joinsAfter ? 3 : joinsAfter ? 2 : joinsBefore ? 1 : 0;
            shaped.append((char) (first + offset));
        }
        return shaped.toString();
    }

    /** The isolated lam-alef ligature for the alef after a lam (the final one is the next code point), or 0. */
    private static char lamAlef(char alef) {
        return switch (alef) {
            case '\u0622' -> '\uFEF5';
            case '\u0623' -> '\uFEF7';
            case '\u0625' -> '\uFEF9';
            case '\u0627' -> '\uFEFB';
            default -> 0;
        };
    }

    private static boolean joinsToNext(int index, String text) {
        if (index < 0) {
            return false;
        }
        char letter = text.charAt(index);
        return letter == '\u0640' || isDualJoining(letter);
    }

    private static boolean isDualJoining(char letter) {
        return FORMS.containsKey(letter) && letter != '\u0621' && RIGHT_JOINING.indexOf(letter) < 0;
    }

    private static boolean joins(char letter) {
        return letter == '\u0640' || FORMS.containsKey(letter) && letter != '\u0621';
    }

    /** Harakat and other combining marks sit on a letter and do not break the joining. */
    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
    }

    private static int previousLetter(String text, int i) {
        int j = i - 1;
        while (j >= 0 && isMark(text.charAt(j))) {
            j--;
        }
        return j;
    }

    private static int nextLetter(String text, int i) {
        int j = i + 1;
        while (j < text.length() && isMark(text.charAt(j))) {
            j++;
        }
        return j < text.length() ? j : -1;
    }
}
