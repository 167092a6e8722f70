package org.sanctuaryoversight.federalrequest;

/**
 * What was asked. The ordinance's "Public Record" clause covers requests "to use county moneys,
 * facilities, property, equipment, personnel, or databases, or to receive non-publicly available
 * information about any individual"; every value but {@link #OTHER} is one of those.
 */
public enum RequestType {
    INFORMATION_ABOUT_PERSON,
    FACILITY_ACCESS,
    DETAINER_HOLD,
    RELEASE_DATE_NOTIFICATION,
    TRANSFER_OF_CUSTODY,
    INTERVIEW_IN_CUSTODY,
    DATABASE_OR_SURVEILLANCE_DATA,
    PERSONNEL_EQUIPMENT_JOINT_OPERATION,
    OTHER
}
