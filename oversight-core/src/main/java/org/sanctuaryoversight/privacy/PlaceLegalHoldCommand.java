package org.sanctuaryoversight.privacy;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Block any shredding of the subject's personal data (litigation, records request) until the hold is lifted. */
public record PlaceLegalHoldCommand(String subjectId, String reason, String placedBy) {
    public PlaceLegalHoldCommand {
        Objects.requireNonNull(subjectId, "subjectId");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to place a legal hold");
        }
        Objects.requireNonNull(placedBy, "placedBy");
    }

    @TargetAggregateIdentifier
    public String streamId() {
        return PersonalDataModule.streamId(subjectId);
    }
}
