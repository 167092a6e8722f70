package org.sanctuaryoversight.ruling;

/**
 * What a rule of the ordinance (or of the office) says about an action: allowed, or refused with the rule's name and
 * the key of a reason a person can read (in the message bundles of the application, one per language). Every policy
 * of every capability answers with a ruling, and every command handler refuses with {@link Refusal}: one way to
 * say no, translated once for the JSON API and once for the pages.
 *
 * @param rule      the policy's name, e.g. {@code OnlyTheCaseWorkers} (stable: clients and logs may rely on it)
 * @param reasonKey the message key of the reason, e.g. {@code rule.OnlyTheCaseWorkers.assigned}; rules of the
 *                  public pages keep it in {@code reasons*.properties} or the public bundles (13 languages), staff-only
 *                  rules in the staff bundles (English and Spanish)
 * @param field     the input the reason is about, for a form that shows it next to the field (e.g.
 *                  {@code contact.email}); {@code null} when it is about the action as a whole
 */
public record Ruling(boolean allowed, String rule, String reasonKey, Kind kind, String field) {

    /** Why an action is refused, which decides the answer: 403, 409, 400 or 404. */
    public enum Kind {
        /** The person may not do this (who acts). */
        FORBIDDEN,
        /** The record's state does not allow it now (what stage the case is in). */
        CONFLICT,
        /** The request itself is incomplete or malformed. */
        INVALID,
        /** The record the action is about does not exist (a reporting period not yet in the calendar). */
        NOT_FOUND
    }

    private static final Ruling ALLOWED = new Ruling(true, null, null, null, null);

    public static Ruling allow() {
        return ALLOWED;
    }

    public static Ruling forbid(String rule, String reasonKey) {
        return new Ruling(false, rule, reasonKey, Kind.FORBIDDEN, null);
    }

    public static Ruling conflict(String rule, String reasonKey) {
        return new Ruling(false, rule, reasonKey, Kind.CONFLICT, null);
    }

    public static Ruling invalid(String rule, String reasonKey) {
        return new Ruling(false, rule, reasonKey, Kind.INVALID, null);
    }

    /** An invariant of a command's input: allowed when it holds, invalid otherwise. */
    public static Ruling require(boolean condition, String rule, String reasonKey) {
        return condition ? ALLOWED : invalid(rule, reasonKey);
    }

    /** The first refusal among the rulings, or an allowance. */
    public static Ruling all(Ruling... rulings) {
        for (Ruling ruling : rulings) {
            if (!ruling.allowed()) {
                return ruling;
            }
        }
        return ALLOWED;
    }

    /** The same ruling about one input of a form (a refusal names its field; an allowance stays one). */
    public Ruling on(String field) {
        return allowed ? this : new Ruling(false, rule, reasonKey, kind, field);
    }

    public boolean forbidden() {
        return kind == Kind.FORBIDDEN;
    }

    /** Refuses the action unless it is allowed. */
    public void orThrow() {
        if (!allowed) {
            throw new Refusal(this);
        }
    }
}
