package org.sanctuaryoversight.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintClosedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintReopenedEvent;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.privacy.LegalHoldLiftedEvent;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.privacy.PersonalDataShreddedEvent;
import org.sanctuaryoversight.privacy.ShredPersonalDataCommand;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

class ContactRetentionSagaTest {

    static final StaffMember OMBUD = new StaffMember("omb-1", "Ombud", StaffRole.OMBUDSPERSON, null);
    static final ContactRetention RETENTION = new ContactRetention(Duration.ofDays(365));
    static final String CASE = "case-1";
    static final Instant CLOSED = Instant.parse("2026-01-10T09:00:00Z");
    static final ShredPersonalDataCommand SHRED = new ShredPersonalDataCommand(CASE,
            "retention: personal data kept 365 days after closure", ContactRetention.REQUESTED_BY);

    SagaTestFixture<ContactRetentionSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ContactRetentionSaga.class);
        fixture.registerResource(RETENTION);
    }

    static ComplaintClosedEvent closed() {
        return new ComplaintClosedEvent(CASE, CLOSED, CaseOutcome.NO_VIOLATION_FOUND, "Closed.", OMBUD);
    }

    @Test
    void the_retention_period_is_counted_from_closure() {
        assertThat(RETENTION.shredDueAt(CLOSED)).isEqualTo(Instant.parse("2027-01-10T09:00:00Z"));
        assertThatThrownBy(() -> new ContactRetention(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closing_a_complaint_schedules_the_shredding_of_its_personal_data() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(closed())
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(Instant.parse("2027-01-10T09:00:00Z"), ContactRetentionSaga.DEADLINE)
                .expectNoDispatchedCommands();
    }

    @Test
    void when_the_retention_period_has_passed_the_data_is_shredded() {
        fixture.givenAPublished(closed())
                .whenTimeAdvancesTo(Instant.parse("2027-01-10T09:00:00Z"))
                .expectDispatchedCommands(SHRED);
    }

    @Test
    void nothing_is_shredded_a_moment_before_the_period_ends() {
        fixture.givenAPublished(closed())
                .whenTimeAdvancesTo(Instant.parse("2027-01-10T08:59:59Z"))
                .expectNoDispatchedCommands();
    }

    @Test
    void reopening_cancels_the_shredding() {
        fixture.givenAPublished(closed())
                .whenPublishingA(new ComplaintReopenedEvent(CASE, CLOSED.plusSeconds(60), null, OMBUD))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_legal_hold_refuses_the_shredding_and_it_is_asked_again_when_the_hold_is_lifted() throws Exception {
        fixture.setCallbackBehavior((command, metaData) -> {
            throw new Refusal(Ruling.conflict("NoShreddingUnderLegalHold", "casework.shred.legalHold"));
        });
        fixture.givenAPublished(closed())
                .andThenTimeElapses(Duration.ofDays(366))
                .whenPublishingA(new LegalHoldLiftedEvent(CASE, CLOSED.plus(Duration.ofDays(400)), "case settled", "omb-1"))
                .expectActiveSagas(1)
                .expectDispatchedCommands(SHRED);
    }

    @Test
    void lifting_a_hold_before_the_period_ends_shreds_nothing() {
        fixture.givenAPublished(closed())
                .whenPublishingA(new LegalHoldLiftedEvent(CASE, CLOSED.plusSeconds(3600), "mistake", "omb-1"))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(Instant.parse("2027-01-10T09:00:00Z"), ContactRetentionSaga.DEADLINE);
    }

    @Test
    void the_saga_ends_once_the_data_is_shredded() {
        fixture.givenAPublished(closed())
                .whenPublishingA(new PersonalDataShreddedEvent(CASE, CLOSED.plusSeconds(60), "by hand", "omb-1"))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
