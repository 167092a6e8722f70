package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecurityPropertiesTest {

    @Test
    void a_negative_retention_is_refused_at_startup() {
        assertThatThrownBy(() -> new SecurityProperties(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contact-retention");
    }
}
