package org.sanctuaryoversight.ruling;

/**
 * What a rule of the ordinance (or of the office) says about an action: allowed, or refused with the rule's name and
 * the key of a reason a person can read (in the message bundles of the application, one per language). Every policy
 * of every capability answers with a ruling, and every command handler refuses with {@link Refusal}: one way to
 * say no, translated once for the JSON API and once for the pages.
 *
 * @param rule      the policy's name, e.g. {@code OnlyTheCaseWorkers} (stable: clients and logs may rely on it)
 * @param reasonKey the message key of the reason, e.g. {@code rule.OnlyTheCaseWorkers.assigned}
 */
public record Ruling(boolean allowed, String rule, String reasonKey, Kind kind) {

    /** Why an action is refused, which decides the answer: 403, 409 or 400. */
    public enum Kind {
        /** The person may not do this (who acts). */
        FORBIDDEN,
        /** The record's state does not allow it now (what stage the case is in). */
        CONFLICT,
        /** The request itself is incomplete or malformed. */
        INVALID
    }

    private static final Ruling ALLOWED = new Ruling(true, null, null, null);

    public static Ruling allow() {
        return ALLOWED;
    }

    public static Ruling forbid(String rule, String reasonKey) {
        return new Ruling(false, rule, reasonKey, Kind.FORBIDDEN);
    }

    public static Ruling conflict(String rule, String reasonKey) {
        return new Ruling(false, rule, reasonKey, Kind.CONFLICT);
    }

    public static Ruling invalid(String rule, String reasonKey) {
        return new Ruling(false, rule, reasonKey, Kind.INVALID);
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
