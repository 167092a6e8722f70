package org.sanctuaryoversight.complaint.casework;

/**
 * What a casework policy says about an action: allowed, or rejected with the policy's name and a
 * reason that cites the ordinance. {@code forbidden} rejections are about who acts (the web answers 403);
 * the others are about the state of the case (409).
 */
public record CaseRuling(boolean allowed, String policy, String reason, boolean forbidden) {

    private static final CaseRuling ALLOWED = new CaseRuling(true, null, null, false);

    public static CaseRuling allow() {
        return ALLOWED;
    }

    public static CaseRuling reject(String policy, String reason) {
        return new CaseRuling(false, policy, reason, false);
    }

    public static CaseRuling forbid(String policy, String reason) {
        return new CaseRuling(false, policy, reason, true);
    }

    /** The first rejection among the rulings, or an allowance. */
    public static CaseRuling all(CaseRuling... rulings) {
        for (CaseRuling ruling : rulings) {
            if (!ruling.allowed()) {
                return ruling;
            }
        }
        return ALLOWED;
    }

    public void orThrow() {
        if (!allowed) {
            throw new CaseworkRejectedException(this);
        }
    }

    /** A command broke a casework policy; nothing was recorded. */
    public static final class CaseworkRejectedException extends IllegalStateException {
        private final transient CaseRuling ruling;

        public CaseworkRejectedException(CaseRuling ruling) {
            super(ruling.policy() + ": " + ruling.reason());
            this.ruling = ruling;
        }

        public CaseRuling ruling() {
            return ruling;
        }
    }
}
