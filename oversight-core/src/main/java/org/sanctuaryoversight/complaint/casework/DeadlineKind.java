package org.sanctuaryoversight.complaint.casework;

/** The deadlines the office keeps on every case; durations in {@link CaseDeadlines}. */
public enum DeadlineKind {
    ACKNOWLEDGEMENT,
    DEPARTMENT_RESPONSE,
    INVESTIGATION
}
