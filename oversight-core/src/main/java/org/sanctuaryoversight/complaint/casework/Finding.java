package org.sanctuaryoversight.complaint.casework;

/** The finding on one allegation, in the vocabulary civilian oversight bodies publish. */
public enum Finding {
    /** The conduct happened and broke the ordinance. */
    SUSTAINED,
    /** The evidence cannot prove or disprove the allegation. */
    NOT_SUSTAINED,
    /** The conduct did not happen. */
    UNFOUNDED,
    /** The conduct happened and was lawful under the ordinance. */
    EXONERATED,
    /** The employee followed a department policy, and the policy itself fails the ordinance. */
    POLICY_FAILURE
}
