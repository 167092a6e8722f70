package org.sanctuaryoversight.complaint.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The payload of a scheduled case deadline (kept by the durable deadline manager until it fires).
 *
 * @param referenceId the referral for a department response deadline; null otherwise
 * @param passesAt    when the due date has passed: recorded as the moment it was missed
 */
public record DeadlinePassed(DeadlineKind kind, String referenceId, String department, LocalDate dueDate,
                             Instant passesAt) {

    public static final String DEADLINE_NAME = "case-deadline";

    public String key() {
        return kind + ":" + (referenceId == null ? "" : referenceId);
    }
}
