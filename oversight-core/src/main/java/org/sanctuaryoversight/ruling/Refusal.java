package org.sanctuaryoversight.ruling;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** An action was refused by a rule; nothing was recorded. The only exception a command handler or policy throws. */
public final class Refusal extends RuntimeException {

    /** The bundle of reasons (English; {@code _es} and later languages beside it), also read by the application. */
    public static final String REASONS = "org.sanctuaryoversight.ruling.reasons";

    private final transient Ruling ruling;

    public Refusal(Ruling ruling) {
        super(ruling.rule() + ": " + englishReason(ruling.reasonKey()), null, false, false);
        this.ruling = ruling;
    }

    /** The reason in English, for logs and tests; people read it in their language from the application's bundles. */
    static String englishReason(String reasonKey) {
        try {
            return ResourceBundle.getBundle(REASONS, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(reasonKey);
        } catch (MissingResourceException missing) {
            return reasonKey;
        }
    }

    public Ruling ruling() {
        return ruling;
    }
}
