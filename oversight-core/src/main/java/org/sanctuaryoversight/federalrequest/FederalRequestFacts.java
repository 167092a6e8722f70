package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import java.util.List;

/**
 * What a department documents about one request. There is deliberately no field for the person the
 * request was about: the register documents the government's conduct, never the resident's identity.
 *
 * @param description   what was asked, in the liaison's words (staff only until the office approves a public summary)
 * @param justification why the department answered as it did (staff only)
 */
public record FederalRequestFacts(String department, Instant receivedAt, FederalAgency agency, RequestChannel channel,
                                  List<RequestType> requestTypes, LegalDocument legalDocument,
                                  FederalRequestResponse response, String description, String justification) {
    public FederalRequestFacts {
        requestTypes = requestTypes == null ? List.of() : requestTypes.stream().distinct().sorted().toList();
    }
}
