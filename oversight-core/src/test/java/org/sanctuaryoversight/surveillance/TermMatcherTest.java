package org.sanctuaryoversight.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The immigration words are found as whole words, in any case and with or without accents, and shown as written. */
class TermMatcherTest {

    final TermMatcher terms = new TermMatcher(RuleSet.DEFAULT_IMMIGRATION_TERMS);

    @Test
    void ice_is_a_word_never_part_of_another_word() {
        assertThat(terms.find("ICE")).containsExactly("ICE");
        assertThat(terms.find("assist ice agents")).containsExactly("ice");
        assertThat(terms.find("Police service call")).isEmpty();
        assertThat(terms.find("Justice department fugitive")).isEmpty();
        assertThat(terms.find("Dice game shooting")).isEmpty();
        assertThat(terms.find("Notice of stolen plates, office of Alice Price")).isEmpty();
        assertThat(terms.find("Servicio de policía")).isEmpty();
        assertThat(terms.find("hero")).as("ERO inside a word").isEmpty();
    }

    @Test
    void the_2025_audit_reasons_are_found_with_the_words_that_matched() {
        assertThat(terms.find("ICE+ERO")).containsExactly("ICE", "ERO");
        assertThat(terms.find("ICE WARRANT")).containsExactly("ICE");
        assertThat(terms.find("immigration")).containsExactly("immigration");
        assertThat(terms.find("287(g) task force")).containsExactly("287(g)");
        assertThat(terms.find("Border_Patrol assist")).containsExactly("Border_Patrol");
    }

    @Test
    void spanish_words_match_with_or_without_accents_and_case() {
        assertThat(terms.find("Inmigración - orden")).containsExactly("Inmigración");
        assertThat(terms.find("DEPORTACION")).containsExactly("DEPORTACION");
        assertThat(terms.find("apoyo a la migra")).containsExactly("la migra");
        assertThat(terms.find("Patrulla Fronteriza")).containsExactly("Patrulla Fronteriza");
    }

    @Test
    void a_word_repeated_in_other_case_is_shown_once() {
        assertThat(terms.find("ice / ICE / Ice")).containsExactly("ice");
    }

    @Test
    void a_reason_is_vague_only_when_the_listed_word_stands_alone() {
        var vague = java.util.Set.of(TermMatcher.bare("investigation"), TermMatcher.bare("Other - Not Applicable"),
                TermMatcher.bare("investigación"));
        assertThat(TermMatcher.isOneOf("  Investigation. ", vague)).isTrue();
        assertThat(TermMatcher.isOneOf("OTHER - NOT APPLICABLE", vague)).isTrue();
        assertThat(TermMatcher.isOneOf("Investigacion", vague)).isTrue();
        assertThat(TermMatcher.isOneOf("Investigation of armed robbery 24-00123", vague)).isFalse();
    }
}
