package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.util.Set;

/**
 * What the side-door rule needs of a documented federal request: when it reached which department, whether
 * it asked for data, and the case or reference numbers written in its description or justification.
 *
 * @param dataRequest whether the agency asked for database or surveillance data, or for information about a person
 * @param references  candidate case or reference numbers, in {@link SideDoorReferences#canonical} form
 */
public record FederalRequestAnchor(String requestId, String department, Instant receivedAt, boolean dataRequest,
                                   Set<String> references) {
    public FederalRequestAnchor {
        references = Set.copyOf(references);
    }
}
