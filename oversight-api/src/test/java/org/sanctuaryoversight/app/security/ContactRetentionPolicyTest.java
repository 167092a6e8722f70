package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContactRetentionPolicyTest {

    final ContactRetentionPolicy policy = new ContactRetentionPolicy(Duration.ofDays(365));
    final Instant closedAt = Instant.parse("2026-01-10T09:00:00Z");

    @Test
    void personal_data_is_due_for_shredding_the_configured_time_after_closure() {
        assertThat(policy.shredDueAt(closedAt)).isEqualTo(Instant.parse("2027-01-10T09:00:00Z"));
        assertThat(policy.isDue(closedAt, Instant.parse("2027-01-10T08:59:59Z"))).isFalse();
        assertThat(policy.isDue(closedAt, Instant.parse("2027-01-10T09:00:00Z"))).isTrue();
        assertThat(policy.reason()).isEqualTo("retention: personal data kept 365 days after closure");
    }

    @Test
    void a_negative_retention_is_refused_at_startup() {
        assertThatThrownBy(() -> new SecurityProperties(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contact-retention");
    }
}
