package org.sanctuaryoversight.complaint.status;

import org.sanctuaryoversight.complaint.intake.ReceiptCode;

/** What does the holder of this receipt code see on the status page? Answers {@code Optional<ComplaintStatusView>}. */
public record FindComplaintStatusQuery(ReceiptCode receiptCode) {
}
