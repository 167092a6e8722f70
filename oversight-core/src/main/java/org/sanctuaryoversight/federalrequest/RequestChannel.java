package org.sanctuaryoversight.federalrequest;

/** How the request reached the department. */
public enum RequestChannel {
    IN_PERSON,
    PHONE,
    EMAIL,
    LETTER_OR_FAX,
    DATABASE_OR_SYSTEM_MESSAGE,
    OTHER
}
