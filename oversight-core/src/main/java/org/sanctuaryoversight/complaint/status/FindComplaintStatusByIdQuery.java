package org.sanctuaryoversight.complaint.status;

/** The complainant's view of a complaint already resolved from its receipt code. Answers {@code Optional<ComplaintStatusView>}. */
public record FindComplaintStatusByIdQuery(String complaintId) {
}
