package org.sanctuaryoversight.app.web;

import java.util.Optional;

/**
 * A value a form or a link chose from a closed vocabulary (an enum), read the one way every page reads it: blank
 * is no choice, and a name the vocabulary does not know is no choice either (never a 500); whether that is an
 * error is for the page to say.
 */
public final class Choices {

    private Choices() {
    }

    /** The constant named {@code value} (surrounding spaces ignored), or empty for a blank or unknown name. */
    public static <E extends Enum<E>> Optional<E> named(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
