package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 22, first "done when": every public bundle of every language in {@link Languages#PUBLIC} (the one list the
 * pages use) has every key of the English bundle, no value left in English where a translation is expected, and the
 * same MessageFormat arguments ({@code {0}}, {@code {1,number}}) as the English text. A value may equal the English one
 * only when its key is allowed: in {@code translations/same-as-english.txt} (every language: codes, names) or in
 * {@code translations/same-as-english-<tag>.txt} (that language's own, e.g. "PDF"). One key per line, {@code #} comments.
 */
class TranslationCompletenessTest {

    /** The bundles a resident or a reader of the public report sees (staff pages stay English and Spanish). */
    static final List<String> PUBLIC_BUNDLES = List.of(
            "i18n/layout", "i18n/intake", "i18n/register", "i18n/reports", "messages",
            "org/sanctuaryoversight/report/labels", "org/sanctuaryoversight/report/bundle",
            "org/sanctuaryoversight/ruling/reasons");

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\w+))?");

    @TestFactory
    Stream<DynamicTest> every_public_bundle_is_translated_in_every_supported_language() {
        return Languages.PUBLIC.stream().filter(language -> !language.tag().equals("en"))
                .map(language -> DynamicTest.dynamicTest(language.tag(), () -> {
                    List<String> problems = problemsOf(language);
                    assertThat(problems).as("translation problems in %s (%s)", language.ownName(), language.tag()).isEmpty();
                }));
    }

    @Test
    void the_check_catches_a_missing_key_an_english_leftover_and_a_lost_argument() {
        Properties english = new Properties();
        english.putAll(Map.of("a", "Hello {0}", "b", "Complaint", "c", "PDF", "d", "{0,number} complaints"));
        Properties translated = new Properties();
        translated.putAll(Map.of("b", "Complaint", "c", "PDF", "d", "{0} quejas"));
        assertThat(compare("x", english, translated, Set.of("c")))
                .anySatisfy(problem -> assertThat(problem).contains("x: a is missing"))
                .anySatisfy(problem -> assertThat(problem).contains("x: b is still in English"))
                .anySatisfy(problem -> assertThat(problem).contains("x: d has arguments [{0}] instead of [{0,number}]"))
                .hasSize(3);
    }

    static List<String> problemsOf(Languages.Language language) {
        Set<String> sameAsEnglish = new TreeSet<>(allowList("translations/same-as-english.txt"));
        sameAsEnglish.addAll(allowList("translations/same-as-english-" + language.tag() + ".txt"));
        List<String> problems = new ArrayList<>();
        for (String bundle : PUBLIC_BUNDLES) {
            Properties english = load(bundle + ".properties");
            assertThat(english).as("the English bundle " + bundle).isNotNull();
            Properties translated = load(bundle + "_" + language.bundleSuffix() + ".properties");
            if (translated == null) {
                problems.add(bundle + "_" + language.bundleSuffix() + ".properties is missing");
                continue;
            }
            problems.addAll(compare(bundle, english, translated, sameAsEnglish));
        }
        return problems;
    }

    static List<String> compare(String bundle, Properties english, Properties translated, Set<String> sameAsEnglish) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String original = english.getProperty(key);
            String translation = translated.getProperty(key);
            if (translation == null || translation.isBlank() && !original.isBlank()) {
                problems.add(bundle + ": " + key + " is missing");
            } else if (translation.strip().equals(original.strip()) && !original.isBlank()
                    && !sameAsEnglish.contains(key)) {
                problems.add(bundle + ": " + key + " is still in English (\"" + original
                        + "\"); translate it, or list the key in same-as-english if it is a name or a code");
            } else if (!arguments(original).equals(arguments(translation))) {
                problems.add(bundle + ": " + key + " has arguments " + arguments(translation) + " instead of "
                        + arguments(original));
            }
        }
        return problems;
    }

    /** The MessageFormat arguments of a text, by index and type: {0} and {0,number} are different arguments. */
    static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            arguments.add("{" + matcher.group(1) + (matcher.group(2) == null ? "" : "," + matcher.group(2)) + "}");
        }
        return arguments;
    }

    static Properties load(String resource) {
        try (InputStream in = TranslationCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> allowList(String resource) {
        try (InputStream in = TranslationCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Set.of();
            }
            Set<String> keys = new TreeSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(keys::add);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
