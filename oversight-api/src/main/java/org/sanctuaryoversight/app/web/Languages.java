package org.sanctuaryoversight.app.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The languages this service speaks, in one place: every public page speaks all of {@link #PUBLIC} (the county's
 * threshold languages, issue 22), the staff pages only {@link #STAFF}. Adding a language is one entry here and a
 * {@code _tag} file beside each public bundle (see docs/translations.md); the completeness test reads this list.
 *
 * <p>Languages are matched by full tag where it matters: {@code zh-Hans} and {@code zh-Hant} are two written
 * languages, so a browser's {@code zh-TW} must not get Simplified Chinese because both are "zh".
 */
public final class Languages {

    /** A language a page can be read in: its tag, its name in itself (for the language list) and its direction. */
    public record Language(String tag, String ownName, boolean rightToLeft) {

        public Locale locale() {
            return Locale.forLanguageTag(tag);
        }

        /** The suffix of its resource bundles ({@code zh_Hans} for {@code zh-Hans}): what Java's lookup expects. */
        public String bundleSuffix() {
            return tag.replace('-', '_');
        }
    }

    /** Every public page, in this order in the language list: English, Spanish, then the other threshold languages. */
    public static final List<Language> PUBLIC = List.of(
            new Language("en", "English", false),
            new Language("es", "Español", false),
            new Language("zh-Hans", "简体中文", false),
            new Language("zh-Hant", "繁體中文", false),
            new Language("ko", "한국어", false),
            new Language("tl", "Tagalog", false),
            new Language("vi", "Tiếng Việt", false),
            new Language("hy", "Հայերեն", false),
            new Language("fa", "فارسی", true),
            new Language("ru", "Русский", false),
            new Language("ja", "日本語", false),
            new Language("km", "ខ្មែរ", false),
            new Language("ar", "العربية", true));

    /** The staff pages: English and Spanish; a staff page asked for in another language is shown in English. */
    public static final Set<String> STAFF = Set.of("en", "es");

    public static final Language ENGLISH = PUBLIC.get(0);

    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

    private Languages() {
    }

    /**
     * The public language a browser or a person asked for, if we speak it: {@code zh-CN}/{@code zh-SG} and
     * {@code zh-Hans-*} are Simplified Chinese, {@code zh-TW}/{@code zh-HK}/{@code zh-MO} and {@code zh-Hant-*}
     * Traditional (a bare {@code zh} is Simplified, the more widely read); {@code fil} (Filipino) is Tagalog; any
     * other language matches by its language part ({@code es-MX} is Spanish, {@code ar-EG} Arabic).
     */
    public static Optional<Language> match(Locale wanted) {
        if (wanted == null || wanted.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        String tag = switch (wanted.getLanguage()) {
            case "zh" -> chinese(wanted);
            case "fil" -> "tl";
            default -> wanted.getLanguage();
        };
        return PUBLIC.stream().filter(language -> language.tag().equals(tag)).findFirst();
    }

    /** {@link #match(Locale)} for a tag as typed in a link or a cookie ({@code ?lang=zh-Hant}). */
    public static Optional<Language> match(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        return match(Locale.forLanguageTag(tag.strip().replace('_', '-')));
    }

    /** The language of a locale we resolved (always one of {@link #PUBLIC}), English for anything else. */
    public static Language of(Locale locale) {
        return match(locale).orElse(ENGLISH);
    }

    /** The language a staff page is shown in for a person who chose {@code language}. */
    public static Language forStaff(Language language) {
        return STAFF.contains(language.tag()) ? language : ENGLISH;
    }

    private static String chinese(Locale wanted) {
        boolean traditional = wanted.getScript().equals("Hant")
                || wanted.getScript().isEmpty() && TRADITIONAL_REGIONS.contains(wanted.getCountry());
        return traditional ? "zh-Hant" : "zh-Hans";
    }
}
