package org.sanctuaryoversight.app.security;

import org.sanctuaryoversight.complaint.intake.OrphanedComplaintKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The recurring sweep of data keys left by filings a crash interrupted (a JobRunr recurring job, stored in MongoDB,
 * run by whichever instance is first; see {@link OrphanedComplaintKeys}). Logs how many keys it destroyed, never
 * which. Public because JobRunr calls it.
 */
@Component
public record OrphanedKeySweep(OrphanedComplaintKeys keys) {

    static final String JOB_ID = "orphaned-key-sweep";
    private static final Logger log = LoggerFactory.getLogger(OrphanedKeySweep.class);

    /** The job. */
    public void sweep() {
        int destroyed = keys.sweep();
        if (destroyed > 0) {
            log.warn("Destroyed {} data keys of complaints that were never filed (filings interrupted by a crash)",
                    destroyed);
        }
    }
}
