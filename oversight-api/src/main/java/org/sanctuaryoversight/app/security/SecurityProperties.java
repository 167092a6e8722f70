package org.sanctuaryoversight.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the security and privacy capability ({@code oversight.security.*}).
 *
 * @param contactRetention how long after a complaint is closed its personal data (contact, narrative,
 *                         messages) is kept before it is crypto-shredded, unless a legal hold is in place
 * @param orphanKeySweep   how often the data keys of complaints never filed (a filing interrupted by a crash
 *                         between creating the key and appending the filing) are looked for and destroyed
 * @param orphanKeyMinimumAge a key younger than this is left alone: its filing may still be in flight
 */
@ConfigurationProperties("oversight.security")
public record SecurityProperties(@DefaultValue("P365D") Duration contactRetention,
                                 @DefaultValue("PT1H") Duration orphanKeySweep,
                                 @DefaultValue("PT1H") Duration orphanKeyMinimumAge) {
    public SecurityProperties {
        if (contactRetention.isNegative()) {
            throw new IllegalArgumentException("oversight.security.contact-retention must not be negative");
        }
        if (orphanKeySweep.isNegative() || orphanKeySweep.isZero()) {
            throw new IllegalArgumentException("oversight.security.orphan-key-sweep must be positive");
        }
        if (orphanKeyMinimumAge.compareTo(Duration.ofMinutes(5)) < 0) {
            throw new IllegalArgumentException("oversight.security.orphan-key-minimum-age must be at least PT5M: "
                    + "a younger key may belong to a filing in flight");
        }
    }
}
