package org.sanctuaryoversight.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code oversight.security.*}).
 *
 * @param bootstrapAdmin     user id of the first administrator, created with a one-time password printed once
 *                           to the console when no account exists yet; empty (the default) creates nobody
 * @param maxFailedSignIns   failed sign-ins allowed per user name, and per client, within {@code failedSignInWindow}
 * @param failedSignInWindow how long a failed sign-in counts against the limit
 * @param passwordStrength   BCrypt cost of staff password hashes
 * @param oidcUsernameClaim  with city single sign-on: the ID-token claim whose value is a staff account's user id
 *                           (use one the city's identity provider controls, not one users can edit)
 * @param accessTokenLifetime how long a personal access token for the staff JSON API works after it is created
 */
@ConfigurationProperties("oversight.security")
public record SignInProperties(@DefaultValue("") String bootstrapAdmin,
                               @DefaultValue("5") int maxFailedSignIns,
                               @DefaultValue("PT15M") Duration failedSignInWindow,
                               @DefaultValue("12") int passwordStrength,
                               @DefaultValue("preferred_username") String oidcUsernameClaim,
                               @DefaultValue("P30D") Duration accessTokenLifetime) {
    public SignInProperties {
        if (maxFailedSignIns < 1) {
            throw new IllegalArgumentException("oversight.security.max-failed-sign-ins must be at least 1");
        }
        if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()) {
            throw new IllegalArgumentException("oversight.security.access-token-lifetime must be positive");
        }
        if (passwordStrength < 4 || passwordStrength > 31) {
            throw new IllegalArgumentException("oversight.security.password-strength must be between 4 and 31");
        }
    }
}
