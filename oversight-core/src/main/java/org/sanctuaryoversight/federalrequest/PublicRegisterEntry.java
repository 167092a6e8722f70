package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import java.util.List;

/**
 * One line of the public register: an approved {@link PublicRecord}, its public number and approval time, and the
 * compliance flags the request had raised when the office approved it (the rule and the ordinance clause: no text).
 */
public record PublicRegisterEntry(String requestId, PublicRecord record, Instant approvedAt, List<PublicFlag> flags) {
    public PublicRegisterEntry {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A compliance flag as the public reads it: which rule, and which clause of the ordinance. */
    public record PublicFlag(String rule, String ordinanceClause) {
    }
}
