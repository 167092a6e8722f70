package org.sanctuaryoversight.complaint.casework;

/** What the office decides after a first look at a complaint ("shall accept and review complaints", Enforcement and Oversight). */
public enum TriageDecision {
    ACCEPT,
    NO_JURISDICTION,
    REFER_TO_OTHER_AGENCY,
    DUPLICATE
}
