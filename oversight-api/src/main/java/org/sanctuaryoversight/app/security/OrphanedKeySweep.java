package org.sanctuaryoversight.app.security;

import org.sanctuaryoversight.complaint.intake.OrphanedComplaintKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recurring sweep of data keys left by filings a crash interrupted (a JobRunr recurring job, stored in MongoDB,
 * run by whichever instance is first; see {@link OrphanedComplaintKeys}). Logs how many keys it destroyed, never
 * which. Public because JobRunr calls it.
 */
public class OrphanedKeySweep {

    static final String JOB_ID = "orphaned-key-sweep";
    private static final Logger log = LoggerFactory.getLogger(OrphanedKeySweep.class);

    private final OrphanedComplaintKeys keys;

    OrphanedKeySweep(OrphanedComplaintKeys keys) {
        this.keys = keys;
    }

    /** The job. */
    public void sweep() {
        int destroyed = keys.sweep();
        if (destroyed > 0) {
            log.warn("Destroyed {} data keys of complaints that were never filed (filings interrupted by a crash)",
                    destroyed);
        }
    }
}
