package org.sanctuaryoversight.complaint.casework;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a self-initiated case: the office reviews something without a resident complaint, for example
 * a federal request that the compliance policy flagged. The case then follows the normal casework.
 *
 * @param department      the department whose conduct is reviewed
 * @param reasonCode      why the case was opened, e.g. {@code FEDERAL_REQUEST_FLAGGED}
 * @param reason          the reason in words (no personal data)
 * @param sourceReference what triggered it, e.g. the federal request identifier
 */
public record OpenReviewCaseCommand(@TargetAggregateIdentifier String caseId, Instant openedAt, String department,
                                    String reasonCode, String reason, String sourceReference) {
}
