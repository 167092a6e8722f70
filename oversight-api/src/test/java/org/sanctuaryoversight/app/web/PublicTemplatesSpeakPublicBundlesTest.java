package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A public page is translated only if every word it can show comes from a public bundle (the ones
 * {@link TranslationCompletenessTest} holds to every public language). A key that lives only in a staff bundle
 * (English and Spanish) is found there in any other language too and shows English: the register showed each
 * request's agency, types, legal document, response and flags in English on {@code /register?lang=zh-Hant}, because
 * {@code registry.agency.*} and its neighbours were in the staff bundle {@code i18n/registry}.
 */
class PublicTemplatesSpeakPublicBundlesTest {

    /** The templates of the pages under the public navigation (the shared fragments serve staff pages too). */
    static final List<String> PUBLIC_TEMPLATES = List.of("intake/*.html", "registry/register.html",
            "reports/index.html", "reports/compare.html", "error.html");

    /** A literal key: {@code #{registry.register.title}}, {@code #{intake.step(${n})}}. */
    static final Pattern LITERAL = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");
    /**
     * A key made from a prefix: {@code #{'registry.type.' + ${t.name()}}}, {@code #messages.msgOrNull('registry.flag.'
     * + …)}, and the prefix handed to the {@code enumFilter} fragment ({@code 'registry.type'}).
     */
    static final Pattern PREFIX = Pattern.compile("(?:#\\{|msgOrNull\\(|msg\\(|enumFilter\\([^)]*?)'([A-Za-z][\\w-]*\\.[\\w.-]*)'");

    /** A quoted ending added to a made key: {@code + '.clause'}. */
    static final Pattern ENDING = Pattern.compile("\\+\\s*'(\\.[\\w.-]+)'");

    @Test
    void every_key_a_public_page_can_show_is_in_a_public_bundle() throws IOException {
        Set<String> publicKeys = new TreeSet<>();
        for (String bundle : TranslationCompletenessTest.PUBLIC_BUNDLES) {
            publicKeys.addAll(TranslationCompletenessTest.load(bundle + ".properties").stringPropertyNames());
        }
        Set<String> everyKey = new TreeSet<>(publicKeys);
        for (Resource staff : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            if (!staff.getFilename().contains("_")) {
                Properties properties = new Properties();
                properties.load(new java.io.StringReader(staff.getContentAsString(StandardCharsets.UTF_8)));
                everyKey.addAll(properties.stringPropertyNames());
            }
        }
        Set<String> outside = new TreeSet<>();
        int templates = 0;
        for (String pattern : PUBLIC_TEMPLATES) {
            for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/" + pattern)) {
                templates++;
                String text = template.getContentAsString(StandardCharsets.UTF_8);
                String name = template.getFilename();
                Matcher literal = LITERAL.matcher(text);
                while (literal.find()) {
                    if (!publicKeys.contains(literal.group(1))) {
                        outside.add(name + ": " + literal.group(1));
                    }
                }
                Matcher prefix = PREFIX.matcher(text);
                while (prefix.find()) {
                    // a whole key in quotes ('registry.flag.unknown'), or the start of keys ('registry.type.', 'registry.type')
                    String start = everyKey.contains(prefix.group(1)) || prefix.group(1).endsWith(".") ? prefix.group(1)
                            : prefix.group(1) + ".";
                    // the made key is the start and one word (a constant's name), or that and a quoted ending on the
                    // same line: msgOrNull('registry.flag.' + flag.rule() + '.clause')
                    int lineEnd = text.indexOf('\n', prefix.end());
                    Matcher endings = ENDING.matcher(text.substring(prefix.end(), lineEnd < 0 ? text.length() : lineEnd));
                    Set<String> ending = new TreeSet<>(Set.of(""));
                    while (endings.find()) {
                        ending.add(endings.group(1));
                    }
                    List<String> reachable = everyKey.stream().filter(key -> key.equals(start) || start.endsWith(".")
                            && key.startsWith(start) && ending.stream().anyMatch(end -> key.endsWith(end)
                            && !key.substring(start.length(), key.length() - end.length()).contains("."))).toList();
                    assertThat(reachable).as(name + ": keys starting with " + start).isNotEmpty();
                    reachable.stream().filter(key -> !publicKeys.contains(key)).map(key -> name + ": " + key)
                            .forEach(outside::add);
                }
            }
        }
        assertThat(templates).as("public templates found").isGreaterThan(10);
        assertThat(outside).as("keys of public pages found only in a staff bundle (English and Spanish)").isEmpty();
    }
}
