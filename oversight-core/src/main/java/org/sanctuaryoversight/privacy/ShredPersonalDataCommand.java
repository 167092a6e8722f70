package org.sanctuaryoversight.privacy;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Destroy a subject's (a complaint's) data key for good: its narrative, location, contact and messages
 * become unreadable in every event and backup, while the case and its statistical fields remain.
 *
 * @param subjectId   the complaint id (the key id of its sealed fields)
 * @param reason      why, e.g. "retention: contact data 365 days after closure" or "complainant request"
 * @param requestedBy staff user id, or "retention-policy" for the scheduled job
 */
public record ShredPersonalDataCommand(String subjectId, String reason, String requestedBy) {
    public ShredPersonalDataCommand {
        Objects.requireNonNull(subjectId, "subjectId");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to shred personal data");
        }
        Objects.requireNonNull(requestedBy, "requestedBy");
    }

    @TargetAggregateIdentifier
    public String streamId() {
        return PersonalDataModule.streamId(subjectId);
    }
}
