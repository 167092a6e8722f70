package org.sanctuaryoversight.complaint.casework;

/** Where a case stands for the office (finer than the public {@code ComplaintStatus}); a case list filter. */
public enum CaseStage {
    AWAITING_ACKNOWLEDGEMENT,
    AWAITING_TRIAGE,
    AWAITING_ASSIGNMENT,
    INVESTIGATING,
    WAITING_FOR_DEPARTMENT,
    DECLINED,
    WITHDRAWN,
    CLOSED
}
