package org.sanctuaryoversight.complaint.identity;

import java.time.Instant;
import java.util.List;
import org.sanctuaryoversight.readmodel.Paged;
import org.sanctuaryoversight.staff.StaffRole;

/** What the access log answers: who viewed whose identity, and whether a complaint has an identity to view. */
public final class IdentityAccessQueries {

    private IdentityAccessQueries() {
    }

    /** @param complaintId null for every complaint; @param page zero-based */
    public record FindIdentityAccessLogQuery(String complaintId, int page, int size) {
        public FindIdentityAccessLogQuery {
            if (page < 0 || size < 1 || size > 200) {
                throw new IllegalArgumentException("page >= 0 and 1 <= size <= 200");
            }
        }
    }

    /** What a member of staff was shown. */
    public enum Seen {
        /** the complainant's contact details */
        CONTACT,
        /** a file the complainant sent */
        FILE,
        /** the case's sealed material: what the complainant wrote, the messages, notes and answers */
        CASE_MATERIAL,
        /** a document a department sent with a federal request (a copy of a detainer or warrant, a letter) */
        FEDERAL_REQUEST_DOCUMENT
    }

    /**
     * @param complaintId  the record the material belongs to: the complaint, or the federal request whose document was
     *                     opened ({@link Seen#FEDERAL_REQUEST_DOCUMENT})
     * @param purpose      the code of the stated purpose: an {@link IdentityViewPurpose}, or another capability's
     *                     purpose (see {@link LoggedAccess#purposeCode()})
     * @param attachmentId the file or document that was opened, when one was
     */
    public record IdentityAccessEntry(String complaintId, Instant viewedAt, String viewedBy, String viewerName,
                                      StaffRole role, String purpose, String note, String attachmentId,
                                      Seen seen) {

        public IdentityAccessEntry(String complaintId, Instant viewedAt, String viewedBy, String viewerName,
                                   StaffRole role, IdentityViewPurpose purpose, String note, String attachmentId) {
            this(complaintId, viewedAt, viewedBy, viewerName, role, purpose.name(), note, attachmentId,
                    attachmentId == null ? Seen.CONTACT : Seen.FILE);
        }

        public IdentityAccessEntry(String complaintId, Instant viewedAt, String viewedBy, String viewerName,
                                   StaffRole role, IdentityViewPurpose purpose, String note) {
            this(complaintId, viewedAt, viewedBy, viewerName, role, purpose, note, null);
        }

        public boolean fileView() {
            return seen == Seen.FILE;
        }
    }

    /** Newest first. */
    public record IdentityAccessLogPage(List<IdentityAccessEntry> entries, int page, int size, long total)
            implements Paged {
        public IdentityAccessLogPage {
            entries = List.copyOf(entries);
        }
    }

    public record FindIdentitySubjectQuery(String complaintId) {
    }

    /** What the complaint holds about who filed it (never the details themselves). */
    public record IdentitySubject(String complaintId, boolean anonymous, boolean hasContact) {
    }
}
