package org.sanctuaryoversight.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredTextTest {

    private static final Department SHERIFF = new Department("sheriff", Map.of(
            "en", "Sheriff's Department", "zh", "治安官", "zh-Hant", "縣治安官辦公室", "vi", "Văn phòng Cảnh sát trưởng"));

    @Test
    void the_exact_tag_wins_then_the_language_alone_then_english_then_the_code() {
        assertThat(SHERIFF.name("zh-Hant")).isEqualTo("縣治安官辦公室");
        assertThat(SHERIFF.name("zh-Hans")).isEqualTo("治安官");
        assertThat(SHERIFF.name("vi")).isEqualTo("Văn phòng Cảnh sát trưởng");
        assertThat(SHERIFF.name("ko")).isEqualTo("Sheriff's Department");
        assertThat(new Department("other", Map.of()).name("ko")).isEqualTo("other");
        assertThat(ConfiguredText.inLanguage(Map.of("es", "De lunes a viernes"), "es-MX", "")).isEqualTo("De lunes a viernes");
        assertThat(ConfiguredText.inLanguage(Map.of(), "fa", "")).isEmpty();
    }
}
