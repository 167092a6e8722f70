package org.sanctuaryoversight.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per user name and per client, in memory only (client addresses are never
 * stored anywhere else, never logged, and forgotten when their window passes). After
 * {@code maxFailures} failures for a user name (or four times as many from one client) within
 * {@code window} further attempts are refused until the oldest
 * failure leaves the window.
 */
public class SignInAttempts {

    /** A client (an office behind one address) may fail for several user names before it is blocked. */
    static final int CLIENT_FACTOR = 4;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Long> usedSteps = new ConcurrentHashMap<>();

    SignInAttempts(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Accepts a TOTP code's time step once per account: a code seen over someone's shoulder, or replayed from a
     * captured request, is refused even inside its 90-second window. Kept in memory, like the failure counts
     * (with several instances, a replay to another instance within the window is not caught).
     */
    public boolean firstUseOfStep(String username, long step) {
        boolean[] first = {false};
        usedSteps.compute(userKey(username), (key, last) -> {
            if (last != null && step <= last) {
                return last;
            }
            first[0] = true;
            return step;
        });
        return first[0];
    }

    public boolean blocked(String username, String client) {
        return count(userKey(username)) >= maxFailures || count(clientKey(client)) >= CLIENT_FACTOR * maxFailures;
    }

    public void failed(String username, String client) {
        Instant now = clock.instant();
        for (String key : new String[] {userKey(username), clientKey(client)}) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
                prune(list, now);
                list.addLast(now);
                return list;
            });
        }
    }

    /** A successful sign-in clears the user name's failures (not the client's). */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private int count(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfPresent(key, (k, list) -> {
            prune(list, now);
            return list.isEmpty() ? null : list;
        });
        return times == null ? 0 : times.size();
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String client) {
        return "c:" + client;
    }
}
