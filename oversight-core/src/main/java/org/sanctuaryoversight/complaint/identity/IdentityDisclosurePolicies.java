package org.sanctuaryoversight.complaint.identity;

import org.sanctuaryoversight.complaint.casework.CaseFile;
import org.sanctuaryoversight.complaint.casework.CaseRuling;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * When a complainant's identity may be shown to staff. Product principle 1: the office must never become a
 * surveillance tool itself, so contact details are seen only by the people who work the case, for a stated
 * reason, and every view is recorded (issue 7, the access log).
 */
public final class IdentityDisclosurePolicies {

    public static final int MAX_NOTE = 1_000;

    private IdentityDisclosurePolicies() {
    }

    /**
     * Only the people who work the case see who complained: the ombudsperson, or an investigator (the one
     * assigned, once the case has one). Auditors, administrators and department liaisons never do.
     */
    public static final class OnlyCaseWorkersSeeWhoComplained {
        public static CaseRuling check(StaffMember viewer, CaseFile file) {
            return check(viewer, file.investigatorId().orElse(null));
        }

        /** The same rule from a read model: {@code assignedInvestigatorId} null while the case has no investigator. */
        public static CaseRuling check(StaffMember viewer, String assignedInvestigatorId) {
            if (viewer == null) {
                return forbid();
            }
            if (viewer.role() == StaffRole.OMBUDSPERSON) {
                return CaseRuling.allow();
            }
            if (viewer.role() == StaffRole.INVESTIGATOR
                    && (assignedInvestigatorId == null || assignedInvestigatorId.equals(viewer.userId()))) {
                return CaseRuling.allow();
            }
            return forbid();
        }

        private static CaseRuling forbid() {
            return CaseRuling.forbid("OnlyCaseWorkersSeeWhoComplained",
                    "Only the ombudsperson or the case's investigator may see who complained.");
        }
    }

    /** Every view has a purpose from the list and a note in the viewer's own words. */
    public static final class EveryViewHasAReason {
        public static CaseRuling check(IdentityViewPurpose purpose, String note) {
            if (purpose == null) {
                return CaseRuling.reject("EveryViewHasAReason", "Choose why you need the contact details.");
            }
            if (note == null || note.isBlank()) {
                return CaseRuling.reject("EveryViewHasAReason", "Say in a few words why you need the contact details.");
            }
            return note.length() > MAX_NOTE ? CaseRuling.reject("EveryViewHasAReason", "The note is too long.")
                    : CaseRuling.allow();
        }
    }

    /** A file is shown only from the complaint it was filed with. */
    public static final class OnlyFilesSentWithTheComplaint {
        public static CaseRuling check(java.util.Set<String> attachmentIds, String attachmentId) {
            return attachmentIds.contains(attachmentId) ? CaseRuling.allow()
                    : CaseRuling.reject("OnlyFilesSentWithTheComplaint", "No such file was sent with this complaint.");
        }
    }

    /** There is something to show: a filed complaint whose complainant gave contact details and did not stay anonymous. */
    public static final class OnlyGivenContactDetailsAreShown {
        public static CaseRuling check(boolean filedByComplainant, boolean anonymous, boolean hasContact) {
            if (!filedByComplainant) {
                return CaseRuling.reject("OnlyGivenContactDetailsAreShown",
                        "The office opened this case itself: there is no complainant.");
            }
            if (anonymous) {
                return CaseRuling.reject("OnlyGivenContactDetailsAreShown", "The complainant chose to stay anonymous.");
            }
            return hasContact ? CaseRuling.allow() : CaseRuling.reject("OnlyGivenContactDetailsAreShown",
                    "The complainant gave no contact details.");
        }
    }
}
