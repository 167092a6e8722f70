package org.sanctuaryoversight.complaint.status;

import java.time.Instant;

/**
 * The complainant's view of their complaint: where it stands, and since when. Nothing about staff.
 *
 * @param complaintId the complaint's identifier (for the office's pages and queries; never shown to the complainant)
 * @param outcome       how the case ended, once {@link ComplaintStatus#CLOSED}; null before
 * @param publicSummary the office's public-safe closing summary, once closed; null before
 */
public record ComplaintStatusView(String complaintId, ComplaintStatus status, Instant filedAt, Instant updatedAt, String language,
                                  org.sanctuaryoversight.complaint.casework.CaseOutcome outcome,
                                  String publicSummary) {
}
