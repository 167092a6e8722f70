package org.sanctuaryoversight.surveillance;

import java.time.LocalDate;

/**
 * What the uploader says about a file besides its bytes.
 *
 * @param department  the department whose license-plate data (or officers) the log covers
 * @param periodFrom  first day covered (city time zone), or null to take the day of the first search
 * @param periodTo    last day covered, inclusive, or null to take the day of the last search
 * @param rerunOf     for a re-evaluation under newer rules, the import the file must be; null for a new import
 */
public record AuditLogUpload(String department, LocalDate periodFrom, LocalDate periodTo, String rerunOf) {

    public boolean rerun() {
        return rerunOf != null;
    }
}
