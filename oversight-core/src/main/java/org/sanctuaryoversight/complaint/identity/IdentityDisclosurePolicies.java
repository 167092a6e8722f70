package org.sanctuaryoversight.complaint.identity;

import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.ruling.StatedReason;


/**
 * When a complainant's identity may be shown to staff. Product principle 1: the office must never become a
 * surveillance tool itself, so contact details, files and case material are seen only by the people who work the case, for a stated
 * reason, and every view is recorded (issue 7, the access log).
 */
public final class IdentityDisclosurePolicies {

    public static final int MAX_NOTE = 1_000;

    private IdentityDisclosurePolicies() {
    }

    /** Every view has a purpose from the list and a note in the viewer's own words. */
    public static final class EveryViewHasAReason {
        public static Ruling check(IdentityViewPurpose purpose, String note) {
            return StatedReason.check("EveryViewHasAReason", purpose, note, MAX_NOTE);
        }
    }

    /** A file is shown only from the case it belongs to (sent with the complaint, or added to the case by staff). */
    public static final class OnlyFilesSentWithTheComplaint {
        public static Ruling check(java.util.Set<String> attachmentIds, String attachmentId) {
            return attachmentIds.contains(attachmentId) ? Ruling.allow()
                    : Ruling.invalid("OnlyFilesSentWithTheComplaint", "rule.OnlyFilesSentWithTheComplaint");
        }
    }

    /** There is something to show: a filed complaint whose complainant gave contact details and did not stay anonymous. */
    public static final class OnlyGivenContactDetailsAreShown {
        public static Ruling check(boolean filedByComplainant, boolean anonymous, boolean hasContact) {
            if (!filedByComplainant) {
                return Ruling.conflict("OnlyGivenContactDetailsAreShown", "rule.OnlyGivenContactDetailsAreShown.reviewCase");
            }
            if (anonymous) {
                return Ruling.conflict("OnlyGivenContactDetailsAreShown", "rule.OnlyGivenContactDetailsAreShown.anonymous");
            }
            return hasContact ? Ruling.allow()
                    : Ruling.conflict("OnlyGivenContactDetailsAreShown", "rule.OnlyGivenContactDetailsAreShown.none");
        }
    }
}
