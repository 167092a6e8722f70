package org.sanctuaryoversight.surveillance;

/** Why a member of staff opens the sealed names of the officers behind flagged searches. */
public enum OfficerNamesViewPurpose {
    /** To investigate the flagged searches of a review case (ask the department, interview the officer). */
    INVESTIGATE_FLAGGED_SEARCHES,
    /** A legal requirement: a court order, a records request the city must answer, a legal hold. */
    LEGAL_REQUIREMENT
}
