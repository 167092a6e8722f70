package org.sanctuaryoversight.surveillance;

/**
 * Who searched the city's license-plate data, as California law and the ordinance see it. Civil Code
 * § 1798.90.55(b) lets a public agency share ALPR information only with another public agency, which
 * § 1798.90.5(f) defines as a state or local agency of California: a federal or an out-of-state agency is
 * never a lawful recipient.
 */
public enum AgencyType {
    /** The department that uploaded the log: its own officers. */
    OWN_DEPARTMENT,
    /** Another California state or local agency. */
    LOCAL_IN_STATE,
    /** An agency of another state. */
    OUT_OF_STATE,
    /** A federal agency (Flock marks them {@code [Federal]}). */
    FEDERAL,
    /** Not in the directory and not recognisable by name: listed for the office to classify. */
    UNCLASSIFIED
}
