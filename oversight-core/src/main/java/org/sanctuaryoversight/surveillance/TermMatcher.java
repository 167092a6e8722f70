package org.sanctuaryoversight.surveillance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds listed words in free text as whole words, in any case and without regard to accents
 * ("deportacion" is "deportación"), and returns them as they were written. A word never matches inside
 * another word: "dice", "service", "justice" and "police" do not contain "ICE". Words of a phrase may be
 * joined by spaces, {@code +}, {@code _}, {@code /} or {@code -} ("ICE+ERO", "Border_Patrol").
 */
final class TermMatcher {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$");

    private final Pattern pattern;

    TermMatcher(List<String> terms) {
        List<String> alternatives = terms.stream().map(TermMatcher::fold).map(String::strip)
                .filter(term -> !term.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(term -> java.util.Arrays.stream(term.split("\\s+")).map(Pattern::quote)
                        .collect(Collectors.joining("[\\s+_/-]+")))
                .toList();
        this.pattern = alternatives.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }

    /** The listed words found in the text, as written there, in order, each once. */
    List<String> find(String text) {
        if (pattern == null || text == null || text.isBlank()) {
            return List.of();
        }
        Folded folded = Folded.of(text);
        Set<String> found = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        Matcher matcher = pattern.matcher(folded.text());
        while (matcher.find()) {
            String written = folded.original(matcher.start(), matcher.end());
            if (seen.add(fold(written))) {
                found.add(written);
            }
        }
        return new ArrayList<>(found);
    }

    /** Whether the whole text, with its surrounding punctuation and spaces ignored, is one of the listed words. */
    static boolean isOneOf(String text, Set<String> foldedTerms) {
        return foldedTerms.contains(bare(text));
    }

    /** Lower case, accents removed, spaces collapsed, punctuation at either end removed. */
    static String bare(String text) {
        return text == null ? "" : EDGE_PUNCTUATION.matcher(SPACES.matcher(fold(text).strip()).replaceAll(" "))
                .replaceAll("");
    }

    /** Lower case without accents: the form both text and terms are compared in. */
    static String fold(String text) {
        return Folded.of(text).text();
    }

    /** Text folded for matching, remembering where each folded character came from in the original. */
    record Folded(String text, int[] start, int[] end, String original) {

        static Folded of(String original) {
            StringBuilder folded = new StringBuilder(original.length());
            int[] starts = new int[original.length() * 2 + 1];
            int[] ends = new int[original.length() * 2 + 1];
            int at = 0;
            while (at < original.length()) {
                int codePoint = original.codePointAt(at);
                int next = at + Character.charCount(codePoint);
                String decomposed = codePoint < 128 ? String.valueOf((char) Character.toLowerCase(codePoint))
                        : withoutMarks(Normalizer.normalize(new String(Character.toChars(codePoint)),
                                Normalizer.Form.NFD)).toLowerCase(Locale.ROOT);
                for (int i = 0; i < decomposed.length(); i++) {
                    if (folded.length() >= starts.length) {
                        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                        ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[folded.length()] = at;
                    ends[folded.length()] = next;
                    folded.append(decomposed.charAt(i));
                }
                at = next;
            }
            return new Folded(folded.toString(), starts, ends, original);
        }

        private static String withoutMarks(String decomposed) {
            StringBuilder kept = new StringBuilder(decomposed.length());
            decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK
                            && Character.getType(c) != Character.COMBINING_SPACING_MARK
                            && Character.getType(c) != Character.ENCLOSING_MARK)
                    .forEach(kept::appendCodePoint);
            return kept.toString();
        }

        String original(int from, int to) {
            return to <= from ? "" : original.substring(start[from], end[to - 1]);
        }
    }
}
