package org.sanctuaryoversight.complaint.messages;

import org.sanctuaryoversight.complaint.intake.ReceiptCode;

/**
 * Which complaint does this receipt code open, and what was said on it? Answers
 * {@code Optional<ComplaintConversation>}; empty when no complaint matches the code.
 */
public record FindConversationByReceiptQuery(ReceiptCode receiptCode) {
}
