package org.sanctuaryoversight.app.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the resident intake pages ({@code oversight.intake.*}).
 *
 * @param rateLimitRequests public form submissions (filing, status look-ups, messages) one client may make per window
 * @param apiRateLimitRequests submissions to the public JSON API (filing, status) one client may make per window;
 *                             higher, because a partner organisation files for many residents
 * @param rateLimitWindow   the window; the salt that hashes client addresses rotates with it, so nothing links windows
 * @param messageWait       how long the status page waits for a just-sent message to reach the read model
 */
@ConfigurationProperties("oversight.intake")
record IntakeProperties(Integer rateLimitRequests, Integer apiRateLimitRequests, Duration rateLimitWindow,
                        Duration messageWait) {
    IntakeProperties {
        rateLimitRequests = rateLimitRequests == null ? 30 : rateLimitRequests;
        apiRateLimitRequests = apiRateLimitRequests == null ? 1_200 : apiRateLimitRequests;
        rateLimitWindow = rateLimitWindow == null ? Duration.ofMinutes(10) : rateLimitWindow;
        messageWait = messageWait == null ? Duration.ofSeconds(3) : messageWait;
    }
}
