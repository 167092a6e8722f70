package org.sanctuaryoversight.federalrequest;

import java.util.List;

/**
 * The public version of one record, exactly as approved. Only closed vocabularies, the month received
 * (not the day, so a record cannot be matched to one person's arrest date) and the approved summary.
 *
 * @param receivedMonth {@code yyyy-MM} in the city's time zone
 */
public record PublicRecord(String department, String receivedMonth, FederalAgency agency, RequestChannel channel,
                           List<RequestType> requestTypes, LegalDocument legalDocument,
                           FederalRequestResponse response, String publicSummary) {
    public PublicRecord {
        requestTypes = List.copyOf(requestTypes);
    }
}
