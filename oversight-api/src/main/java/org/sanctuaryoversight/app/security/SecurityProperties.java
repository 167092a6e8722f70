package org.sanctuaryoversight.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the security and privacy capability ({@code oversight.security.*}).
 *
 * @param contactRetention how long after a complaint is closed its personal data (contact, narrative,
 *                         messages) is kept before it is crypto-shredded, unless a legal hold is in place
 */
@ConfigurationProperties("oversight.security")
public record SecurityProperties(@DefaultValue("P365D") Duration contactRetention) {
    public SecurityProperties {
        if (contactRetention.isNegative()) {
            throw new IllegalArgumentException("oversight.security.contact-retention must not be negative");
        }
    }
}
