package org.sanctuaryoversight.surveillance;

import java.time.Instant;

/**
 * One search as read from a log, plate and officer name included. It lives only while its row is checked:
 * nothing of it is stored but what {@link AuditedSearch} keeps, and it is never logged.
 *
 * @param line the line of the file where the row starts
 */
record SearchRecord(long line, String searchId, String officer, String agency, String plate, String reason,
                    String caseNumber, Instant searchedAt, Integer networksSearched, String searchType) {

    boolean hasCaseNumber() {
        return caseNumber != null && !caseNumber.isBlank() && !AuditLogLayout.isRedacted(caseNumber);
    }

    @Override
    public String toString() {
        return "SearchRecord[line " + line + "]"; // never the plate or the officer
    }
}
