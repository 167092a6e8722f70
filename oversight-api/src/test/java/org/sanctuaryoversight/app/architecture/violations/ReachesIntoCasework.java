package org.sanctuaryoversight.app.architecture.violations;

import org.sanctuaryoversight.complaint.casework.CaseFile;

/** A deliberate violation: holds a case file from outside casework. */
public class ReachesIntoCasework {
    CaseFile caseFile = CaseFile.forReview("review-1");
}
