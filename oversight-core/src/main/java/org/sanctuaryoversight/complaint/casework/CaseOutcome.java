package org.sanctuaryoversight.complaint.casework;

/** How a case ended, as the complainant's status page and the public report show it; see {@link CaseFile#outcome()}. */
public enum CaseOutcome {
    VIOLATION_FOUND,
    POLICY_FAILURE_FOUND,
    NO_VIOLATION_FOUND,
    NO_JURISDICTION,
    REFERRED_TO_OTHER_AGENCY,
    DUPLICATE,
    WITHDRAWN
}
