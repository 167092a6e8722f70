package org.sanctuaryoversight.complaint.casework;

/** A department's answer to a recommendation of the office; IMPLEMENTED follows ACCEPTED. */
public enum RecommendationAnswer {
    ACCEPTED,
    REJECTED,
    IMPLEMENTED
}
