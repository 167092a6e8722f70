package org.sanctuaryoversight.privacy;

import org.sanctuaryoversight.ruling.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalDataSubjectTest {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    AggregateTestFixture<PersonalDataSubject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PersonalDataSubject.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void shredding_a_subject_records_who_when_and_why() {
        fixture.givenNoPriorActivity()
                .when(new ShredPersonalDataCommand("c-1", "complainant asked", "ombuds-1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonalDataShreddedEvent("c-1", NOW, "complainant asked", "ombuds-1"));
    }

    @Test
    void a_legal_hold_blocks_shredding() {
        fixture.given(new LegalHoldPlacedEvent("c-1", NOW, "lawsuit 26-114", "admin-1"))
                .when(new ShredPersonalDataCommand("c-1", "retention", "retention-policy"))
                .expectException(Refusal.class)
                .expectExceptionMessage("NoShreddingUnderLegalHold: casework.shred.legalHold"
                        + " (a legal hold is in place: the personal data of this complaint cannot be removed)")
                .expectNoEvents();
    }

    @Test
    void once_the_hold_is_lifted_shredding_proceeds() {
        fixture.given(new LegalHoldPlacedEvent("c-1", NOW, "lawsuit 26-114", "admin-1"),
                        new LegalHoldLiftedEvent("c-1", NOW, "case settled", "admin-1"))
                .when(new ShredPersonalDataCommand("c-1", "retention", "retention-policy"))
                .expectEvents(new PersonalDataShreddedEvent("c-1", NOW, "retention", "retention-policy"));
    }

    @Test
    void shredding_is_final_and_happens_once() {
        fixture.given(new PersonalDataShreddedEvent("c-1", NOW, "retention", "retention-policy"))
                .when(new ShredPersonalDataCommand("c-1", "again", "ombuds-1"))
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void a_hold_cannot_be_placed_on_removed_data() {
        fixture.given(new PersonalDataShreddedEvent("c-1", NOW, "retention", "retention-policy"))
                .when(new PlaceLegalHoldCommand("c-1", "too late", "admin-1"))
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void a_missing_hold_cannot_be_lifted() {
        fixture.givenNoPriorActivity()
                .when(new LiftLegalHoldCommand("c-2", "nothing", "admin-1"))
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void placing_a_hold_twice_is_recorded_once() {
        fixture.given(new LegalHoldPlacedEvent("c-1", NOW, "lawsuit", "admin-1"))
                .when(new PlaceLegalHoldCommand("c-1", "lawsuit", "admin-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
