package org.sanctuaryoversight.complaint.intake;

/** How a complaint reached the office. Staff record the channel when they enter a complaint for a resident. */
public enum IntakeChannel {
    WEB_FORM,
    PARTNER_API,
    PHONE,
    MAIL,
    IN_PERSON,
    EMAIL
}
