package org.sanctuaryoversight.surveillance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (importId + "\n" + agencyKey + "\n" + rule.name()).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
