package org.sanctuaryoversight.surveillance;

/**
 * The rules a search of the city's license-plate data is checked against; {@link SearchAuditPolicy} says
 * which clause of the ordinance or of state law each one enforces. Stored in events by name: never rename one.
 */
public enum AuditRule {
    /** The stated reason points to immigration enforcement (ICE, ERO, HSI, CBP, 287(g)…, English and Spanish). */
    IMMIGRATION_REASON,
    /** A federal agency searched the city's data. */
    FEDERAL_AGENCY,
    /** An agency of another state searched the city's data. */
    OUT_OF_STATE_AGENCY,
    /** No case number where the city's policy requires one. */
    NO_CASE_NUMBER,
    /** No reason, or a reason such as "investigation" alone that states no purpose. */
    VAGUE_REASON,
    /** More searches by one agency in a short time than the city's setting allows. */
    SEARCH_BURST,
    /** A local search that matches a federal request in the registry: the "side door". */
    POSSIBLE_SEARCH_FOR_FEDERAL_AGENCY
}
