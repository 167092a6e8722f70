package org.sanctuaryoversight.surveillance;

import org.sanctuaryoversight.digest.Sha256;

/**
 * The review case of a group of flagged searches: one per import, searching agency and rule. The id is
 * derived from the three, so every evaluation of the same file, every redelivery of its events and every
 * instance that handles them names the same case.
 */
public final class ReviewCaseIds {

    public static final String PREFIX = "review-alpr-";

    private ReviewCaseIds() {
    }

    /** The review case of an agency's searches flagged under a rule, the agency as named in the log. */
    public static String forAgency(String importId, String agency, AuditRule rule) {
        return of(importId, AgencyDirectory.key(agency), rule);
    }

    static String of(String importId, String agencyKey, AuditRule rule) {
        return PREFIX + Sha256.hexPrefix(importId + "\n" + agencyKey + "\n" + rule.name(), 12);
    }
}
