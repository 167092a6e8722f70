package org.sanctuaryoversight.privacy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;

/**
 * The life of one complaint's personal data, as its own event stream ({@code personal-data:<complaintId>})
 * beside the complaint's: legal holds and the shredding itself. Shredding is final, and refused while a
 * legal hold is in place. The key is destroyed by {@link PersonalDataShredder} once the event is stored.
 */
class PersonalDataSubject {

    /** Shredding is final: nothing is held or shredded again once the key is gone. */
    private static final Ruling SHREDDING_IS_FINAL = Ruling.conflict("ShreddingIsFinal", "rule.ShreddingIsFinal");

    @AggregateIdentifier
    private String streamId;
    private boolean onHold;
    private boolean shredded;

    PersonalDataSubject() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ShredPersonalDataCommand command, Clock clock) {
        if (shredded) {
            throw new Refusal(SHREDDING_IS_FINAL, "the personal data of this complaint was already removed");
        }
        if (onHold) {
            throw new Refusal(Ruling.conflict("NoShreddingUnderLegalHold", "casework.shred.legalHold"),
                    "a legal hold is in place: the personal data of this complaint cannot be removed");
        }
        apply(new PersonalDataShreddedEvent(command.subjectId(), clock.instant(), command.reason(), command.requestedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PlaceLegalHoldCommand command, Clock clock) {
        if (shredded) {
            throw new Refusal(SHREDDING_IS_FINAL, "the personal data of this complaint was already removed");
        }
        if (!onHold) {
            apply(new LegalHoldPlacedEvent(command.subjectId(), clock.instant(), command.reason(), command.placedBy()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LiftLegalHoldCommand command, Clock clock) {
        if (!onHold) {
            throw new Refusal(Ruling.conflict("NoLegalHoldToLift", "rule.NoLegalHoldToLift"),
                    "there is no legal hold to lift");
        }
        apply(new LegalHoldLiftedEvent(command.subjectId(), clock.instant(), command.reason(), command.liftedBy()));
    }

    @EventSourcingHandler
    void on(LegalHoldPlacedEvent event) {
        streamId = PersonalDataModule.streamId(event.subjectId());
        onHold = true;
    }

    @EventSourcingHandler
    void on(LegalHoldLiftedEvent event) {
        streamId = PersonalDataModule.streamId(event.subjectId());
        onHold = false;
    }

    @EventSourcingHandler
    void on(PersonalDataShreddedEvent event) {
        streamId = PersonalDataModule.streamId(event.subjectId());
        shredded = true;
    }
}
