package org.sanctuaryoversight.app.casework;

/**
 * Who may reach the casework pages and API, as {@code @PreAuthorize} expressions: one place, read by every casework
 * controller. Finer rules (an investigator's own cases, a liaison's own department) are the named policies'.
 */
final class CaseworkRoles {

    /** The people who work cases. */
    static final String OFFICE = "hasAnyRole('OMBUDSPERSON','INVESTIGATOR')";
    /** The office and the auditors, who read cases without their sealed free text. */
    static final String READERS = "hasAnyRole('OMBUDSPERSON','INVESTIGATOR','AUDITOR')";
    /** The office and the department liaisons, who read and answer their own department's referrals. */
    static final String REFERRAL_READERS = "hasAnyRole('OMBUDSPERSON','INVESTIGATOR','DEPARTMENT_LIAISON')";

    private CaseworkRoles() {
    }
}
