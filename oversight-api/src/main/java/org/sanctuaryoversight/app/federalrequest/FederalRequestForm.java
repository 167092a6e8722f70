package org.sanctuaryoversight.app.federalrequest;

import java.util.List;

/**
 * What a liaison enters, as text, from the staff form or the JSON API. Deliberately no field for the
 * person the request was about. {@code receivedAt} is an ISO instant ({@code 2026-03-31T17:30:00Z}) or a
 * local date-time ({@code 2026-03-31T10:30}) in the city's time zone.
 */
public record FederalRequestForm(String department, String receivedAt, String agency, String channel,
                                 List<String> requestTypes, String legalDocument, String response,
                                 String description, String justification) {
    public FederalRequestForm {
        requestTypes = requestTypes == null ? List.of() : List.copyOf(requestTypes);
    }

    static FederalRequestForm empty(String department) {
        return new FederalRequestForm(department, null, null, null, List.of(), null, null, null, null);
    }
}
