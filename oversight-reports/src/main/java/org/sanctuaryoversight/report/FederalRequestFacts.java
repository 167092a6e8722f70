package org.sanctuaryoversight.report;

import java.time.Instant;

/**
 * The report ledger's record of one documented federal immigration request
 * ({@code FederalRequestDocumentedEvent}, {@code FederalRequestFlaggedEvent}). No personal data: the
 * request's subject is never part of it.
 *
 * @param requestType   e.g. DETAINER, NOTIFICATION, TRANSFER, INTERVIEW, INFORMATION, ACCESS
 * @param legalDocument e.g. JUDICIAL_WARRANT, ADMINISTRATIVE_WARRANT, NONE
 * @param response      what the department did, e.g. DECLINED, COMPLIED, PARTIAL
 */
public record FederalRequestFacts(String requestId, String department, Instant documentedAt, String requestType,
                                  String legalDocument, String response, boolean flagged) {

    public FederalRequestFacts flag() {
        return new FederalRequestFacts(requestId, department, documentedAt, requestType, legalDocument, response, true);
    }
}
