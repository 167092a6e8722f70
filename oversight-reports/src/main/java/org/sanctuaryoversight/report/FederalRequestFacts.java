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
 * @param receivedAt    when the department received the request; reports count a request in the period it was
 *                      received (null only in records written before it was kept: then the documentation time)
 * @param helpedWithoutJudicialWarrant the department gave help (complied, partly) on less than a judge's signature,
 *                      as {@code FederalRequestResponse.gaveHelp()} and {@code LegalDocument.isJudicial()} say
 */
public record FederalRequestFacts(String requestId, String department, Instant documentedAt, String requestType,
                                  String legalDocument, String response, boolean flagged, Instant receivedAt,
                                  boolean helpedWithoutJudicialWarrant) {

    /** A record of the form kept before receipt times were (as the benchmarks and older tests build it). */
    public FederalRequestFacts(String requestId, String department, Instant documentedAt, String requestType,
                               String legalDocument, String response, boolean flagged) {
        this(requestId, department, documentedAt, requestType, legalDocument, response, flagged, null, false);
    }

    public FederalRequestFacts flag() {
        return new FederalRequestFacts(requestId, department, documentedAt, requestType, legalDocument, response, true,
                receivedAt, helpedWithoutJudicialWarrant);
    }

    /** The instant that decides the request's period: when it was received. */
    public Instant received() {
        return receivedAt == null ? documentedAt : receivedAt;
    }
}
