package org.sanctuaryoversight.privacy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * Destroys the data key once a {@link PersonalDataShreddedEvent} is in the log. Destroying an absent
 * key is a no-op, so redelivery and replays are harmless. A failure is never skipped: it is retried, and shown to
 * administrators if it keeps failing (see {@code DeadLetterRetries}), so the key outlives the event that says it
 * is gone only until the cause is fixed.
 */
@ProcessingGroup(PersonalDataShredder.PROCESSING_GROUP)
record PersonalDataShredder(PersonalDataVault vault) {

    static final String PROCESSING_GROUP = "privacy-shredder";

    @EventHandler
    void on(PersonalDataShreddedEvent event) {
        vault.shred(event.subjectId());
    }
}
