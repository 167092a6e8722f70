package org.sanctuaryoversight.complaint;

/**
 * Which complaint does this receipt code open, and what was said on it? Answers
 * {@code Optional<ComplaintConversation>}; empty when no complaint matches the code.
 */
public record FindConversationByReceiptQuery(ReceiptCode receiptCode) {
}
