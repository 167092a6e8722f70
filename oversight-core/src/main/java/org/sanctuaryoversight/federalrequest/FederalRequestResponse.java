package org.sanctuaryoversight.federalrequest;

/** How the department answered. */
public enum FederalRequestResponse {
    DECLINED,
    COMPLIED,
    PARTIALLY_COMPLIED,
    REFERRED_TO_COUNSEL,
    PENDING;

    /** Whether the department gave any of the help asked for. */
    public boolean gaveHelp() {
        return this == COMPLIED || this == PARTIALLY_COMPLIED;
    }
}
