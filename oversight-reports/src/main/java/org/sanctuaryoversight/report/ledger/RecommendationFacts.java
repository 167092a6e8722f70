package org.sanctuaryoversight.report.ledger;

import java.time.Instant;

/**
 * A recommendation the office made to a department ({@code RecommendationMadeEvent}) and the
 * department's answer ({@code RecommendationAnsweredEvent}).
 *
 * @param answeredAt null while unanswered
 * @param answer     the department's answer code (for example ACCEPTED, REJECTED, PARTIAL), null while unanswered
 */
public record RecommendationFacts(String recommendationId, String department, Instant madeAt, Instant answeredAt,
                                  String answer) {
}
