package org.sanctuaryoversight.complaint.casework;

import java.time.Instant;

/** A self-initiated case was opened; see {@link OpenReviewCaseCommand}. Holds no personal data. */
public record ReviewCaseOpenedEvent(String caseId, Instant openedAt, String department, String reasonCode,
                                    String reason, String sourceReference) {
}
