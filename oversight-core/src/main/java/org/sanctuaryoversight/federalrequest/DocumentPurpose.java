package org.sanctuaryoversight.federalrequest;

/**
 * Why a member of staff opens a document sent with a federal request. A closed list, so the access log can say it in
 * the reader's language; the note says the rest.
 */
public enum DocumentPurpose {
    /** The office reviews the request: its flags, the review case, the public summary. */
    REVIEW_THE_REQUEST,
    /** The department checks or corrects its own record. */
    CORRECT_THE_RECORD,
    /** A legal requirement: a court order, a records request the city must answer, a legal hold. */
    LEGAL_REQUIREMENT
}
