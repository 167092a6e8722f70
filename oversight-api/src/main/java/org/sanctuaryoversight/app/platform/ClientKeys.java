package org.sanctuaryoversight.app.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names a client (a public submitter, a browser signing in) without its address: an HMAC of the address under a
 * random salt per period, shared by every instance through {@link SharedState} and deleted one period after its
 * own ended. The address itself is never stored or logged, and once a salt is gone nothing links its keys to an
 * address or to the keys of another period.
 */
public class ClientKeys {

    private final SharedState state;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** The current and previous periods' salts, once read: a salt never changes, so one lookup per period. */
    private final Map<String, byte[]> salts = new ConcurrentHashMap<>();

    public ClientKeys(SharedState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** The client's key in the current period of length {@code period} (per {@code scope}, e.g. "intake"). */
    public String current(String scope, String clientAddress, Duration period) {
        return key(scope, clientAddress, period, number(clock.instant(), period));
    }

    /**
     * The client's keys in the current and the previous period: whatever it did within the last {@code period}
     * was recorded under one of them.
     */
    public List<String> recent(String scope, String clientAddress, Duration period) {
        long number = number(clock.instant(), period);
        return List.of(key(scope, clientAddress, period, number), key(scope, clientAddress, period, number - 1));
    }

    /** The number of the fixed period containing {@code instant}, counted from the epoch. */
    public static long number(Instant instant, Duration period) {
        return instant.toEpochMilli() / period.toMillis();
    }

    private String key(String scope, String clientAddress, Duration period, long number) {
        String prefix = "salt:" + scope + ":" + period.toMillis() + ":";
        String name = prefix + number;
        byte[] salt = salts.get(name);
        if (salt == null) {
            Instant forgotten = Instant.ofEpochMilli((number + 2) * period.toMillis());
            salt = state.shared(name, () -> {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                return fresh;
            }, forgotten);
            // an older period's salt must not outlive it here either
            salts.keySet().removeIf(cached -> cached.startsWith(prefix)
                    && Long.parseLong(cached.substring(prefix.length())) < number - 1);
            salts.put(name, salt);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] digest = mac.doFinal(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8));
            return scope + ":" + number + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
