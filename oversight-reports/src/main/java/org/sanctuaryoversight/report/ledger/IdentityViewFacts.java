package org.sanctuaryoversight.report.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * The report ledger's record of one staff view of a complainant's identity ({@code ComplainantIdentityViewedEvent}):
 * when and why, never who complained nor the note. Counted in the period of the view, whenever the complaint was filed.
 *
 * @param viewId  the complaint and the event's sequence number, so a redelivered event rewrites the same record
 * @param purpose the purpose code
 */
public record IdentityViewFacts(String viewId, Instant viewedAt, String purpose) {

    public IdentityViewFacts {
        Objects.requireNonNull(viewId, "viewId");
        Objects.requireNonNull(viewedAt, "viewedAt");
        Objects.requireNonNull(purpose, "purpose");
    }
}
