package org.sanctuaryoversight.privacy;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lift the legal hold on a subject's personal data; shredding (and retention) may proceed again. */
public record LiftLegalHoldCommand(String subjectId, String reason, String liftedBy) {
    public LiftLegalHoldCommand {
        Objects.requireNonNull(subjectId, "subjectId");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to lift a legal hold");
        }
        Objects.requireNonNull(liftedBy, "liftedBy");
    }

    @TargetAggregateIdentifier
    public String streamId() {
        return PersonalDataModule.streamId(subjectId);
    }
}
