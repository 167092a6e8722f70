package org.sanctuaryoversight.complaint.identity;

import java.time.Instant;
import java.util.List;
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

    /** @param attachmentId null for a view of the contact details; otherwise the file that was opened */
    public record IdentityAccessEntry(String complaintId, Instant viewedAt, String viewedBy, String viewerName,
                                      StaffRole role, IdentityViewPurpose purpose, String note, String attachmentId) {

        public IdentityAccessEntry(String complaintId, Instant viewedAt, String viewedBy, String viewerName,
                                   StaffRole role, IdentityViewPurpose purpose, String note) {
            this(complaintId, viewedAt, viewedBy, viewerName, role, purpose, note, null);
        }

        public boolean fileView() {
            return attachmentId != null;
        }
    }

    /** Newest first. */
    public record IdentityAccessLogPage(List<IdentityAccessEntry> entries, int page, int size, long total) {
        public IdentityAccessLogPage {
            entries = List.copyOf(entries);
        }

        public int pageCount() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pageCount();
        }
    }

    public record FindIdentitySubjectQuery(String complaintId) {
    }

    /** What the complaint holds about who filed it (never the details themselves). */
    public record IdentitySubject(String complaintId, boolean anonymous, boolean hasContact) {
    }
}
