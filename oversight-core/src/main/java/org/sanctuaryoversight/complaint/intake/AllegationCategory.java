package org.sanctuaryoversight.complaint.intake;

/**
 * What a resident says went wrong, in the ordinance's terms. The closed vocabulary is the
 * allegation taxonomy of the product brief; each value names the ordinance duty it concerns so a
 * maintainer can trace a category back to the clause it enforces.
 */
public enum AllegationCategory {
    /** Protection of Sensitive Information: non-public information given to immigration authorities. */
    SHARING_PERSONAL_INFORMATION,
    /** Use of county facilities: access to non-public facilities without a judicial warrant. */
    FACILITY_ACCESS_WITHOUT_JUDICIAL_WARRANT,
    /** Asking about immigration status, citizenship or place of birth. */
    INQUIRING_ABOUT_STATUS,
    /** Stopping, detaining or arresting someone on the basis of immigration status. */
    STOP_OR_ARREST_BASED_ON_STATUS,
    /** Honouring a detainer, hold, release notification or transfer request. */
    HONOURING_DETAINER_OR_TRANSFER,
    /** Letting immigration authorities interview people in custody. */
    CUSTODY_INTERVIEW,
    /** Patrols, logistics, crowd control or other help at enforcement operations. */
    OTHER_ASSISTANCE,
    /** License-plate reader or other surveillance data shared directly or through a vendor. */
    SHARING_SURVEILLANCE_DATA,
    /** Public Record: a federal request that was not documented in writing. */
    FAILURE_TO_DOCUMENT_REQUEST,
    /** Unnecessary or prolonged detention, for example refusing a consular ID. */
    UNNECESSARY_DETENTION,
    /** Retaliation against someone who complained. */
    RETALIATION,
    OTHER
}
