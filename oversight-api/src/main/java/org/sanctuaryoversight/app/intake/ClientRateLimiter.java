package org.sanctuaryoversight.app.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Counts public submissions per client in fixed windows, in memory only. A client is known only by an
 * HMAC of its address under a random salt that is replaced, with every count, when the window ends:
 * the address itself is never stored or logged, and nothing links one window's key to the next.
 */
final class ClientRateLimiter {

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile Window window;

    private record Window(long number, SecretKeySpec salt, Map<String, Integer> counts) {
    }

    ClientRateLimiter(int limit, java.time.Duration window, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Counts one request of this client; false when it is over the limit for the current window. */
    boolean tryAcquire(String clientAddress) {
        Window current = current();
        return current.counts().merge(key(current, clientAddress), 1, Integer::sum) <= limit;
    }

    /** Seconds until the current window ends, for {@code Retry-After}. */
    long secondsUntilReset() {
        long now = clock.millis();
        return Math.max(1, ((now / windowMillis + 1) * windowMillis - now + 999) / 1000);
    }

    /** Clients counted in the current window (for tests and health; never the keys themselves). */
    int trackedClients() {
        return current().counts().size();
    }

    private Window current() {
        long number = clock.millis() / windowMillis;
        Window current = window;
        if (current == null || current.number() != number) {
            synchronized (this) {
                current = window;
                if (current == null || current.number() != number) {
                    byte[] salt = new byte[32];
                    random.nextBytes(salt);
                    current = new Window(number, new SecretKeySpec(salt, "HmacSHA256"), new ConcurrentHashMap<>());
                    window = current;
                }
            }
        }
        return current;
    }

    private static String key(Window window, String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(window.salt());
            byte[] digest = mac.doFinal(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
