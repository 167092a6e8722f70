package org.sanctuaryoversight.app.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.department.DepartmentDirectory;

/**
 * Issue 22: staff see the language a complaint was filed in as a word in their own language, with the script where
 * the script makes the language (a complaint in Traditional Chinese is not "Chinese" to a staff member who must find
 * someone to read it).
 */
class ComplaintLanguageInWordsTest {

    final StaffWords words = new StaffWords(DepartmentDirectory.of(List.of()),
            new CaseworkProperties(null, null, null, null, ZoneId.of("America/Los_Angeles"), null));

    @Test
    void every_public_language_is_named_in_the_staff_members_language() {
        assertThat(words.language("zh-Hant", Locale.ENGLISH)).isEqualTo("Chinese (Traditional)");
        assertThat(words.language("zh-Hans", Locale.ENGLISH)).isEqualTo("Chinese (Simplified)");
        assertThat(words.language("ar", Locale.ENGLISH)).isEqualTo("Arabic");
        assertThat(words.language("fa", Locale.forLanguageTag("es"))).isEqualTo("Persa");
        assertThat(words.language("km", Locale.ENGLISH)).isEqualTo("Khmer");
        assertThat(words.language("tl", Locale.ENGLISH)).isEqualTo("Tagalog");
        assertThat(words.language("hy", Locale.ENGLISH)).isEqualTo("Armenian");
    }
}
