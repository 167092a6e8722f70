package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.util.List;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * What the audit keeps of one flagged search, and nothing more. The plate is never kept, not even hashed;
 * the case number only as present or not; the searching officer's name sealed under the import's data key
 * (staff may need it for an investigation, the public never sees it). The reason is kept as written, except
 * that the search's own plate and officer name are cut out of it if they appear there.
 *
 * @param line             the line of the file where the search starts, to find it in the department's own copy
 * @param searchId         the vendor's identifier of the search, if the export has one
 * @param networksSearched how many networks the search reached (its scope), if the export says
 */
public record AuditedSearch(long line, String searchId, Instant searchedAt, String agency, AgencyType agencyType,
                            String reason, boolean caseNumberPresent, Integer networksSearched, String searchType,
                            Sealed officer, List<SearchFlag> flags) {
    public AuditedSearch {
        flags = List.copyOf(flags);
    }
}
