package org.sanctuaryoversight.federalrequest;

/**
 * One ordinance rule a documented request appears to break.
 *
 * @param rule            a stable code, e.g. {@code DETAINER_WITHOUT_JUDICIAL_WARRANT}
 * @param ordinanceClause the model ordinance clause, e.g. {@code Protection of Sensitive Information}
 * @param reason          the ordinance sentence and how this request meets it, in words
 */
public record ComplianceFlag(String rule, String ordinanceClause, String reason) {
}
