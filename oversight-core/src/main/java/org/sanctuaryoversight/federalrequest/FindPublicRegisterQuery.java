package org.sanctuaryoversight.federalrequest;

/**
 * Approved public records, newest month first. Every filter is optional (null means "any").
 *
 * @param receivedMonth {@code yyyy-MM}
 * @param page          zero-based
 * @param size          records per page; {@code 0} means every matching record (for downloads)
 */
public record FindPublicRegisterQuery(String department, RequestType requestType, LegalDocument legalDocument,
                                      FederalRequestResponse response, String receivedMonth, int page, int size) {
    public FindPublicRegisterQuery {
        if (page < 0 || size < 0) {
            throw new IllegalArgumentException("page and size cannot be negative");
        }
    }
}
