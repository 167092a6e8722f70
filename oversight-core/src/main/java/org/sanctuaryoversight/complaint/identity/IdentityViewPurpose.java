package org.sanctuaryoversight.complaint.identity;

/**
 * Why a member of staff looks at who complained, or at a file they sent. A closed list, so the access log and the public report can
 * count by purpose; the free-text note says the rest.
 */
public enum IdentityViewPurpose {
    /** To reach the complainant about their own case (a question, an interview, the outcome). */
    CONTACT_ABOUT_CASE,
    /** The complainant asked for it (to correct their details, to be called back). */
    COMPLAINANT_REQUEST,
    /** A legal requirement: a court order, a records request the city must answer, a legal hold. */
    LEGAL_REQUIREMENT,
    /** To examine a file the complainant sent (a photo, a letter) as part of the investigation. */
    EXAMINE_EVIDENCE,
    /** To work the case: read what the complainant wrote, the messages and the case file. */
    WORK_THE_CASE
}
