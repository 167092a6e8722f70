package org.sanctuaryoversight.app.security.signin;

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
 * @param totpOptionalRoles  roles whose members may sign in without an authenticator code (default: none; every
 *                           role sees personal data, so relaxing this is a documented risk, see docs/security.md)
 * @param oneTimePasswordLifetime how long a one-time password (a new account's, or one an administrator reset) may
 *                           be used for the first sign-in
 * @param accessTokenLifetime how long a personal access token for the staff JSON API works after it is created
 */
@ConfigurationProperties("oversight.security")
public record SignInProperties(@DefaultValue("") String bootstrapAdmin,
                               @DefaultValue("5") int maxFailedSignIns,
                               @DefaultValue("PT15M") Duration failedSignInWindow,
                               @DefaultValue("12") int passwordStrength,
                               @DefaultValue("preferred_username") String oidcUsernameClaim,
                               @DefaultValue("P30D") Duration accessTokenLifetime,
                               @DefaultValue("PT72H") Duration oneTimePasswordLifetime,
                               @DefaultValue java.util.Set<org.sanctuaryoversight.staff.StaffRole> totpOptionalRoles) {
    public SignInProperties {
        totpOptionalRoles = totpOptionalRoles == null ? java.util.Set.of()
                : totpOptionalRoles.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (maxFailedSignIns < 1) {
            throw new IllegalArgumentException("oversight.security.max-failed-sign-ins must be at least 1");
        }
        if (oneTimePasswordLifetime.isNegative() || oneTimePasswordLifetime.isZero()) {
            throw new IllegalArgumentException("oversight.security.one-time-password-lifetime must be positive");
        }
        if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()) {
            throw new IllegalArgumentException("oversight.security.access-token-lifetime must be positive");
        }
        if (passwordStrength < 4 || passwordStrength > 31) {
            throw new IllegalArgumentException("oversight.security.password-strength must be between 4 and 31");
        }
    }
}
