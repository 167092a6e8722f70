package org.sanctuaryoversight.app.intake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.sanctuaryoversight.app.platform.SharedState;

/**
 * One-time tokens that make a complaint form file at most once. The form carries a random token; the post that
 * files claims it in {@link SharedState} (so every instance knows), and a repeated post with the same token (a
 * refreshed receipt page, a double click, a retry after a lost answer) files nothing. A post whose filing is
 * refused gives its token back, so the person can correct the form and send it again.
 *
 * <p>The token says nothing about the complaint and is not linked to it; a claim is forgotten after
 * {@link #REMEMBERED}.
 */
final class SubmissionTokens {

    static final Duration REMEMBERED = Duration.ofDays(1);
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final SharedState state;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SubmissionTokens(SharedState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** A new token for a form: 128 random bits. */
    String issue() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }

    /** True for the first post with this token; false when a post with it was already accepted. */
    boolean claim(String token) {
        return state.claim(key(token), clock.instant().plus(REMEMBERED));
    }

    /** Gives a token back after its filing was refused, so that the corrected form can be sent. */
    void release(String token) {
        state.release(key(token));
    }

    private static String key(String token) {
        return "submission:" + token;
    }
}
