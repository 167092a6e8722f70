package org.sanctuaryoversight.complaint.casework;

/** What an investigator did to establish the facts. */
public enum InvestigativeStepKind {
    INTERVIEW,
    RECORDS_REVIEW,
    SITE_VISIT,
    OTHER
}
