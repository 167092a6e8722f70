package org.sanctuaryoversight.notification;

/**
 * What a notification tells its reader. Each is one short generic sentence and a link, never what the case is
 * about: mail leaves the city's systems, passes through servers nobody here controls, and stays in mailboxes long
 * after a complainant's data is shredded, so it carries no personal data and no case text (PRODUCT.md, principle 1).
 */
public enum Notice {
    /** A complaint was filed and waits for acknowledgement (to the ombudsperson). */
    NEW_COMPLAINT,
    /** A case was assigned to an investigator (to that investigator). */
    CASE_ASSIGNED,
    /** The complainant wrote to the office (to whoever works the case). */
    COMPLAINANT_WROTE,
    /** The office referred a case to a department (to the department's liaisons). */
    REFERRAL_SENT,
    /** A deadline falls within the next few business days and the work is not done. */
    DEADLINE_SOON,
    /** A deadline passed with the work undone. */
    DEADLINE_MISSED,
    /** The office wrote to a complainant who asked to be told by e-mail; the notice says only that, and where to look. */
    OFFICE_WROTE
}
