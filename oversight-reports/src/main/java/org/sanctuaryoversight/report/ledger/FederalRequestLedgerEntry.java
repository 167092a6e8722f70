package org.sanctuaryoversight.report.ledger;

import java.time.Instant;

/**
 * The report ledger's record of one documented federal immigration request
 * ({@code FederalRequestDocumentedEvent}, {@code FederalRequestFlaggedEvent}). No personal data: the
 * request's subject is never part of it. Not to be confused with {@code federalrequest.FederalRequestFacts}, what a
 * department documents; this is what the report counts of it (kept as JSON field by field, so the name is not stored).
 *
 * @param requestType   the request's {@code federalrequest.RequestType} names joined by {@code +} (a request asking
 *                      several things counts once, under the combination), e.g. {@code DETAINER_HOLD} or
 *                      {@code INFORMATION_ABOUT_PERSON+RELEASE_DATE_NOTIFICATION}; {@code UNSPECIFIED} when none
 * @param legalDocument a {@code federalrequest.LegalDocument} name, e.g. {@code JUDICIAL_WARRANT},
 *                      {@code ADMINISTRATIVE_WARRANT}, {@code DETAINER}, {@code NONE}; {@code UNKNOWN} when not given
 * @param response      what the department did, a {@code federalrequest.FederalRequestResponse} name, e.g.
 *                      {@code DECLINED}, {@code COMPLIED}, {@code PARTIALLY_COMPLIED}; {@code UNKNOWN} when not given
 * @param receivedAt    when the department received the request; reports count a request in the period it was
 *                      received (null only in records written before it was kept: then the documentation time)
 * @param helpedWithoutJudicialWarrant the department gave help (complied, partly) on less than a judge's signature,
 *                      as {@code FederalRequestResponse.gaveHelp()} and {@code LegalDocument.isJudicial()} say
 */
public record FederalRequestLedgerEntry(String requestId, String department, Instant documentedAt, String requestType,
                                  String legalDocument, String response, boolean flagged, Instant receivedAt,
                                  boolean helpedWithoutJudicialWarrant) {

    /** A record of the form kept before receipt times were (as the benchmarks and older tests build it). */
    public FederalRequestLedgerEntry(String requestId, String department, Instant documentedAt, String requestType,
                               String legalDocument, String response, boolean flagged) {
        this(requestId, department, documentedAt, requestType, legalDocument, response, flagged, null, false);
    }

    public FederalRequestLedgerEntry flag() {
        return new FederalRequestLedgerEntry(requestId, department, documentedAt, requestType, legalDocument, response, true,
                receivedAt, helpedWithoutJudicialWarrant);
    }

    /** The instant that decides the request's period: when it was received. */
    public Instant received() {
        return receivedAt == null ? documentedAt : receivedAt;
    }
}
