package org.sanctuaryoversight.complaint.intake;

/** How a complainant who gave contact details prefers to be reached. */
public enum ContactMethod {
    EMAIL,
    PHONE,
    TEXT_MESSAGE,
    POST,
    NONE
}
