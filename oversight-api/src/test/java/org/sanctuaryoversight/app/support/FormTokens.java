package org.sanctuaryoversight.app.support;

import java.security.SecureRandom;
import java.util.Base64;

/** A complaint form's one-time submission token, as the form page would have issued it. */
public final class FormTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private FormTokens() {
    }

    public static String fresh() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
