package org.sanctuaryoversight.staff;

/** What a member of staff may do. A department liaison is always bound to exactly one department. */
public enum StaffRole {
    /** Runs the installation: accounts, configuration, the access log. */
    ADMIN,
    /** Heads the oversight office: triage, findings, closing cases, approving public records, publishing reports. */
    OMBUDSPERSON,
    /** Works the cases assigned to them. */
    INVESTIGATOR,
    /** Documents federal requests and answers referrals for their own department only. */
    DEPARTMENT_LIAISON,
    /** Reads everything, changes nothing. */
    AUDITOR
}
