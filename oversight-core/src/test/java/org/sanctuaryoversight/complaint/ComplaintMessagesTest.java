package org.sanctuaryoversight.complaint;

import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.complaint.messages.OfficeMessageSentEvent;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import static org.sanctuaryoversight.complaint.intake.ComplaintIntakePolicy.violation;

import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.complaint.messages.SendComplainantMessageCommand;
import org.sanctuaryoversight.complaint.messages.ComplainantMessageSentEvent;
import org.sanctuaryoversight.complaint.messages.SendOfficeMessageCommand;
import org.sanctuaryoversight.complaint.casework.ReviewCaseOpenedEvent;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.ReceiptCredential;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/** The "messages" section of the complaint aggregate: who may write, and what is recorded. */
class ComplaintMessagesTest {

    static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");
    static final Sealed TEXT = new Sealed("c-1", "bWVzc2FnZQ==");
    static final StaffMember OMBUDSPERSON = new StaffMember("u-7", "Ana", StaffRole.OMBUDSPERSON, null);

    AggregateTestFixture<ComplaintAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ComplaintAggregate.class);
    }

    static ComplaintFiledEvent filed() {
        return new ComplaintFiledEvent("c-1", NOW.minusSeconds(3600), new Sealed("c-1", "bg=="), null, null, Set.of(),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "es", true, null,
                new ReceiptCredential("digest", "$2a$04$hash"));
    }

    @Test
    void the_complainant_writes_to_the_office() {
        fixture.given(filed())
                .when(new SendComplainantMessageCommand("c-1", "m-1", NOW, TEXT))
                .expectEvents(new ComplainantMessageSentEvent("c-1", "m-1", NOW, TEXT));
    }

    @Test
    void the_office_writes_to_the_complainant_and_the_sender_is_recorded() {
        fixture.given(filed())
                .when(new SendOfficeMessageCommand("c-1", "m-2", NOW, TEXT, OMBUDSPERSON))
                .expectEvents(new OfficeMessageSentEvent("c-1", "m-2", NOW, TEXT, "u-7"));
    }

    @Test
    void a_department_liaison_or_auditor_cannot_write_to_a_complainant() {
        for (StaffMember sender : new StaffMember[] {
                new StaffMember("u-8", "Lee", StaffRole.DEPARTMENT_LIAISON, "police"),
                new StaffMember("u-9", "Kim", StaffRole.AUDITOR, null)}) {
            fixture.given(filed())
                    .when(new SendOfficeMessageCommand("c-1", "m-3", NOW, TEXT, sender))
                    .expectException(Refusal.class)
                    .expectNoEvents();
        }
    }

    @Test
    void a_message_without_text_is_refused() {
        fixture.given(filed())
                .when(new SendComplainantMessageCommand("c-1", "m-4", NOW, null))
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void a_review_case_opened_by_the_office_has_no_complainant_to_write_to() {
        fixture.given(new ReviewCaseOpenedEvent("c-1", NOW, "police", "FEDERAL_REQUEST_FLAGGED", "r", "req-1"))
                .when(new SendOfficeMessageCommand("c-1", "m-5", NOW, TEXT, OMBUDSPERSON))
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void message_rules_require_text_and_cap_its_length() {
        assertThat(ComplaintMessaging.check("  ")).containsExactly(violation("message", "required"));
        assertThat(ComplaintMessaging.check("x".repeat(ComplaintMessaging.MAX_MESSAGE_CHARS + 1)))
                .containsExactly(violation("message", "tooLong"));
        assertThat(ComplaintMessaging.check("¿Hay novedades?")).isEmpty();
    }
}
