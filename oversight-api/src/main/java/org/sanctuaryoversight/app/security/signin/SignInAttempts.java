package org.sanctuaryoversight.app.security.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.platform.ClientKeys;
import org.sanctuaryoversight.app.platform.SharedState;

/**
 * Counts failed sign-ins per user name <em>and client</em>, and per client, in {@link SharedState} so that every
 * instance sees every failure. After {@code maxFailures} failures for a user name from one client (or four times as
 * many from one client for any names) within {@code window} that client's further attempts are refused until the
 * oldest failure leaves the window. Counting a name per client slows a guesser down without letting anyone lock a
 * person out: failures from an attacker's address never block the ombudsperson signing in from the office (issue 18;
 * a guesser with many addresses still meets BCrypt and the authenticator code every role must give). A client is
 * known only by its {@link ClientKeys} key: its address is never stored, never logged.
 */
public record SignInAttempts(int maxFailures, Duration window, SharedState state, ClientKeys clients, Clock clock) {

    /** A client (an office behind one address) may fail for several user names before it is blocked. */
    static final int CLIENT_FACTOR = 4;
    /** A used TOTP step is remembered well past the 90 seconds in which its code is accepted. */
    static final Duration USED_STEP_MEMORY = Duration.ofMinutes(5);

    /**
     * Accepts a TOTP code's time step once per account, on whichever instance it arrives: a code seen over
     * someone's shoulder, or replayed from a captured request, is refused even inside its 90-second window.
     */
    public boolean firstUseOfStep(String username, long step) {
        return state.raise("totp-step:" + userKey(username), step, clock.instant().plus(USED_STEP_MEMORY));
    }

    public boolean blocked(String username, String client) {
        Instant since = clock.instant().minus(window);
        return state.countSince(clientKeys(client).stream().map(key -> userKey(username) + ":" + key).toList(), since)
                >= maxFailures
                || state.countSince(clientKeys(client), since) >= CLIENT_FACTOR * maxFailures;
    }

    public void failed(String username, String client) {
        Instant forgotten = clock.instant().plus(window);
        String clientKey = clients.current("sign-in", client, window);
        state.record(userKey(username) + ":" + clientKey, forgotten);
        state.record(clientKey, forgotten);
    }

    /**
     * Whether the client has failed too often, whatever the user name: an API credential (a token) names nobody
     * until it is found, so API failures count against the client alone.
     */
    public boolean clientBlocked(String client) {
        return state.countSince(clientKeys(client), clock.instant().minus(window)) >= CLIENT_FACTOR * maxFailures;
    }

    /** A failed API credential: counts against the client, as a wrong password on the sign-in page does. */
    public void failedFromClient(String client) {
        state.record(clients.current("sign-in", client, window), clock.instant().plus(window));
    }

    /** A successful sign-in clears the user name's failures from that client (not the client's). */
    public void succeeded(String username, String client) {
        clientKeys(client).forEach(key -> state.forget(userKey(username) + ":" + key));
    }

    private List<String> clientKeys(String client) {
        return clients.recent("sign-in", client, window);
    }

    private static String userKey(String username) {
        return "sign-in-user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }
}
