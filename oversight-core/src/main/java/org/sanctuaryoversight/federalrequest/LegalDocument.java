package org.sanctuaryoversight.federalrequest;

/** The legal document the agency presented. Only a judge's signature authorises help under the ordinance. */
public enum LegalDocument {
    NONE,
    ADMINISTRATIVE_WARRANT,
    DETAINER,
    ADMINISTRATIVE_SUBPOENA,
    JUDICIAL_WARRANT,
    COURT_ORDER;

    /** A judicial warrant or a court order: signed by a judge, not by an immigration officer. */
    public boolean isJudicial() {
        return this == JUDICIAL_WARRANT || this == COURT_ORDER;
    }
}
