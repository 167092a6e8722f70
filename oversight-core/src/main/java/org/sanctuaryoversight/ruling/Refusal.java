package org.sanctuaryoversight.ruling;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An action was refused by a rule; nothing was recorded. The only exception a command handler or policy throws. A form
 * checked as a whole (a complaint's intake) is refused with every broken rule at once, each naming its field, so a
 * person fixes the whole form in one go.
 */
public final class Refusal extends RuntimeException {

    /** The bundle of reasons (English; {@code _es} and later languages beside it), also read by the application. */
    public static final String REASONS = "org.sanctuaryoversight.ruling.reasons";

    private final transient List<Ruling> rulings;

    public Refusal(Ruling ruling) {
        this(List.of(ruling));
    }

    /**
     * @param detail what exactly broke the rule, for the logs and tests of staff work (a disclosure audit's finding);
     *               never personal data, and never shown to a person in place of the reason
     */
    public Refusal(Ruling ruling, String detail) {
        this(List.of(ruling), detail);
    }

    /** @param rulings the refusals, at least one (allowances among them are left out) */
    public Refusal(List<Ruling> rulings) {
        this(rulings, null);
    }

    private Refusal(List<Ruling> rulings, String detail) {
        super(describe(rulings) + (detail == null ? "" : " (" + detail + ")"), null, false, false);
        this.rulings = rulings.stream().filter(ruling -> !ruling.allowed()).toList();
        if (this.rulings.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a refused ruling");
        }
    }

    private static String describe(List<Ruling> rulings) {
        return String.join("; ", rulings.stream().filter(ruling -> !ruling.allowed())
                .map(ruling -> (ruling.field() == null ? "" : ruling.field() + " ") + ruling.rule() + ": "
                        + englishReason(ruling.reasonKey()))
                .toList());
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

    /** The (first) refusal: its kind decides the answer. */
    public Ruling ruling() {
        return rulings.get(0);
    }

    /** Every refusal, in the order the rules were checked. */
    public List<Ruling> rulings() {
        return rulings;
    }
}
