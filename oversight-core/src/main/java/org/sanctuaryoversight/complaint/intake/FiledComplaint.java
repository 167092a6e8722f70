package org.sanctuaryoversight.complaint.intake;

/** The result of filing: the complaint's internal identifier and the receipt code, shown to the complainant once. */
public record FiledComplaint(String complaintId, ReceiptCode receiptCode) {
}
