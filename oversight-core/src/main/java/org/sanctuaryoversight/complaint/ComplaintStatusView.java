package org.sanctuaryoversight.complaint;

import java.time.Instant;

/** The complainant's view of their complaint: where it stands, and since when. Nothing about staff. */
public record ComplaintStatusView(ComplaintStatus status, Instant filedAt, Instant updatedAt, String language) {
}
