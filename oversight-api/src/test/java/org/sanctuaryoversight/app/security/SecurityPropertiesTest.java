package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecurityPropertiesTest {

    @Test
    void a_negative_retention_is_refused_at_startup() {
        assertThatThrownBy(() -> new SecurityProperties(Duration.ofDays(-1), Duration.ofHours(1),
                Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contact-retention");
    }

    @Test
    void an_orphan_key_minimum_age_that_could_catch_a_filing_in_flight_is_refused_at_startup() {
        assertThatThrownBy(() -> new SecurityProperties(Duration.ofDays(365), Duration.ofHours(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orphan-key-minimum-age");
        assertThatThrownBy(() -> new SecurityProperties(Duration.ofDays(365), Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orphan-key-sweep");
    }
}
