package org.sanctuaryoversight.staff;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffAccountCommands.*;
import org.sanctuaryoversight.staff.StaffAccountEvents.*;

class StaffAccountAggregateTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    static final String HASH = "$2a$04$abcdefghijklmnopqrstuv";

    AggregateTestFixture<StaffAccountAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffAccountAggregate.class);
    }

    static StaffAccountCreatedEvent created(StaffRole role, String department) {
        return new StaffAccountCreatedEvent("ana", "Ana Ruiz", role, department, HASH, false, "admin", NOW);
    }

    @Test
    void creating_an_account_records_the_hash_never_a_password() {
        fixture.givenNoPriorActivity()
                .when(new CreateStaffAccountCommand("ana", " Ana Ruiz ", StaffRole.DEPARTMENT_LIAISON, "police", HASH,
                        false, "admin", NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created(StaffRole.DEPARTMENT_LIAISON, "police"));
    }

    @Test
    void a_plain_password_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new CreateStaffAccountCommand("ana", "Ana", StaffRole.INVESTIGATOR, null, "hunter2", false, "admin", NOW))
                .expectException(StaffAccountRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_liaison_needs_a_department_and_other_roles_have_none() {
        fixture.givenNoPriorActivity()
                .when(new CreateStaffAccountCommand("ana", "Ana", StaffRole.DEPARTMENT_LIAISON, null, HASH, false, "admin", NOW))
                .expectException(StaffAccountRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(new CreateStaffAccountCommand("ana", "Ana", StaffRole.AUDITOR, "police", HASH, false, "admin", NOW))
                .expectException(StaffAccountRuleViolation.class);
    }

    @Test
    void a_bad_user_id_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new CreateStaffAccountCommand("Ana Ruiz", "Ana", StaffRole.AUDITOR, null, HASH, false, "admin", NOW))
                .expectException(StaffAccountRuleViolation.class);
    }

    @Test
    void enrolling_totp_records_only_the_sealed_secret() {
        Sealed secret = new Sealed("staff-totp-ana", "Y2lwaGVy");
        fixture.given(created(StaffRole.OMBUDSPERSON, null))
                .when(new EnrollTotpCommand("ana", secret, NOW))
                .expectEvents(new TotpEnrolledEvent("ana", secret, NOW));
    }

    @Test
    void a_disabled_account_cannot_enrol_or_change_password_and_disabling_twice_changes_nothing() {
        fixture.given(created(StaffRole.ADMIN, null), new StaffAccountDisabledEvent("ana", "admin", NOW))
                .when(new EnrollTotpCommand("ana", new Sealed("k", "c"), NOW))
                .expectException(StaffAccountRuleViolation.class);
        fixture.given(created(StaffRole.ADMIN, null), new StaffAccountDisabledEvent("ana", "admin", NOW))
                .when(new ChangeStaffPasswordCommand("ana", HASH, NOW))
                .expectException(StaffAccountRuleViolation.class);
        fixture.given(created(StaffRole.ADMIN, null), new StaffAccountDisabledEvent("ana", "admin", NOW))
                .when(new DisableStaffAccountCommand("ana", "admin", NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void changing_the_password_records_the_new_hash() {
        fixture.given(created(StaffRole.ADMIN, null))
                .when(new ChangeStaffPasswordCommand("ana", HASH, NOW))
                .expectEvents(new StaffPasswordChangedEvent("ana", HASH, NOW));
    }

    @Test
    void an_administrator_disables_another_account_but_never_their_own() {
        fixture.given(created(StaffRole.INVESTIGATOR, null))
                .when(new DisableStaffAccountCommand("ana", "admin", NOW))
                .expectEvents(new StaffAccountDisabledEvent("ana", "admin", NOW));
        fixture.given(created(StaffRole.ADMIN, null))
                .when(new DisableStaffAccountCommand("ana", "ana", NOW))
                .expectException(StaffAccountRuleViolation.class)
                .expectExceptionMessage("you cannot disable your own account")
                .expectNoEvents();
    }
}
