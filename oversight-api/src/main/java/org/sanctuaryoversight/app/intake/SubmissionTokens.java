package org.sanctuaryoversight.app.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.sanctuaryoversight.app.platform.SharedState;
import org.sanctuaryoversight.digest.Sha256;

/**
 * One-time tokens that make a form act at most once: a complaint form files at most once, a status page's message
 * form sends its message at most once. The form carries a random token; the post that acts claims it in
 * {@link SharedState} (so every instance knows), and a repeated post with the same token (a refreshed page, a double
 * click, a retry after a lost answer) does nothing again. A post that was refused gives its token back, so the person
 * can correct the form and send it again.
 *
 * <p>A refreshed receipt page must not lose the receipt code either. The code is kept nowhere in clear: for
 * {@link #RECEIPT_REMEMBERED} after filing, it is kept encrypted (AES-GCM) under a key derived from the form's token,
 * which only the person's browser holds; the shared state knows only a hash of the token. A repeated post of the same
 * form brings the token back, and with it the code. A database thief finds neither tokens nor codes.
 *
 * <p>The token says nothing about the complaint and is not linked to it; a claim is forgotten after
 * {@link #REMEMBERED}.
 */
final class SubmissionTokens {

    static final Duration REMEMBERED = Duration.ofDays(1);
    /** How long a refreshed receipt page can still show its code. */
    static final Duration RECEIPT_REMEMBERED = Duration.ofMinutes(30);
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

    /** Keeps the receipt code the form's filing gave, encrypted under the form's token, for a refreshed page. */
    void rememberReceipt(String token, String receiptCode) {
        try {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, receiptKey(token), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(receiptCode.getBytes(StandardCharsets.UTF_8));
            byte[] stored = Arrays.copyOf(nonce, nonce.length + sealed.length);
            System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
            state.shared(hashed("receipt", token), () -> stored, clock.instant().plus(RECEIPT_REMEMBERED));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The receipt code this form's filing gave, while it is remembered. */
    Optional<String> rememberedReceipt(String token) {
        return state.value(hashed("receipt", token)).flatMap(stored -> {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, receiptKey(token), new GCMParameterSpec(128, stored, 0, 12));
                return Optional.of(new String(cipher.doFinal(stored, 12, stored.length - 12), StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                return Optional.empty();
            }
        });
    }

    private static SecretKeySpec receiptKey(String token) {
        return new SecretKeySpec(Sha256.of("receipt key|" + token), "AES");
    }

    /** The shared state never holds a token itself, only what it cannot be worked back from. */
    private static String key(String token) {
        return hashed("submission", token);
    }

    private static String hashed(String purpose, String token) {
        return purpose + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.of(purpose + "|" + token));
    }
}
