package org.sanctuaryoversight.federalrequest;

/** Who made the request. "Acting for" covers another agency or a vendor asking on a federal agency's behalf. */
public enum FederalAgency {
    ICE_ERO,
    ICE_HSI,
    CBP,
    OTHER_FEDERAL,
    ACTING_FOR_FEDERAL
}
