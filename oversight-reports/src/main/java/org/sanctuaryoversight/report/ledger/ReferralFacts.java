package org.sanctuaryoversight.report.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral of a complaint to a department, as the report needs it (from
 * {@code DepartmentReferralSentEvent} and {@code DepartmentRespondedEvent}).
 *
 * @param respondedAt null while the department has not responded
 */
public record ReferralFacts(String referralId, String department, Instant sentAt, LocalDate dueDate,
                            Instant respondedAt) {

    /** On time when the response came on or before the due date (UTC day). */
    public boolean respondedOnTime() {
        return respondedAt != null && !LocalDate.ofInstant(respondedAt, java.time.ZoneOffset.UTC).isAfter(dueDate);
    }
}
