package org.sanctuaryoversight.complaint.status;

import org.sanctuaryoversight.complaint.intake.ReceiptCode;

/** Which complaint does this receipt code belong to? Answers {@code Optional<String>} (the complaint's identifier). */
public record FindComplaintByReceiptQuery(ReceiptCode receiptCode) {
}
