package org.sanctuaryoversight.complaint;

/** What does the holder of this receipt code see on the status page? Answers {@code Optional<ComplaintStatusView>}. */
public record FindComplaintStatusQuery(ReceiptCode receiptCode) {
}
