package org.sanctuaryoversight.complaint.status;

/** Where a complaint stands, in the plain words a complainant sees on the status page. */
public enum ComplaintStatus {
    RECEIVED,
    UNDER_REVIEW,
    INVESTIGATING,
    WAITING_FOR_DEPARTMENT,
    CLOSED,
    /** The complainant withdrew the complaint (it can still be reopened). */
    WITHDRAWN
}
