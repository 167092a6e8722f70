package org.sanctuaryoversight.app.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.sanctuaryoversight.app.platform.ClientKeys;
import org.sanctuaryoversight.app.platform.SharedState;

/**
 * Counts public submissions per client in fixed windows, in MongoDB so that every instance enforces one limit
 * (a client alternating between instances is limited at the configured count, not a multiple of it). A client is
 * known only by {@link ClientKeys}: an HMAC of its address under a salt that lives one window longer than its
 * window; the address itself is never stored or logged.
 */
final class ClientRateLimiter {

    private final String scope;
    private final int limit;
    private final Duration window;
    private final SharedState state;
    private final ClientKeys clients;
    private final Clock clock;

    ClientRateLimiter(String scope, int limit, Duration window, SharedState state, ClientKeys clients, Clock clock) {
        this.scope = scope;
        this.limit = limit;
        this.window = window;
        this.state = state;
        this.clients = clients;
        this.clock = clock;
    }

    /** Counts one request of this client; false when it is over the limit for the current window. */
    boolean tryAcquire(String clientAddress) {
        long number = ClientKeys.number(clock.instant(), window);
        Instant windowEnd = Instant.ofEpochMilli((number + 1) * window.toMillis());
        return state.increment("limit:" + clients.current(scope, clientAddress, window), windowEnd) <= limit;
    }

    /** Seconds until the current window ends, for {@code Retry-After}. */
    long secondsUntilReset() {
        long windowMillis = window.toMillis();
        long now = clock.millis();
        return Math.max(1, ((now / windowMillis + 1) * windowMillis - now + 999) / 1000);
    }
}
