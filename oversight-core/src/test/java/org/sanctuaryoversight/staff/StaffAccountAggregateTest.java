package org.sanctuaryoversight.staff;

import org.sanctuaryoversight.ruling.Refusal;
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
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void a_liaison_needs_a_department_and_other_roles_have_none() {
        fixture.givenNoPriorActivity()
                .when(new CreateStaffAccountCommand("ana", "Ana", StaffRole.DEPARTMENT_LIAISON, null, HASH, false, "admin", NOW))
                .expectException(Refusal.class);
        fixture.givenNoPriorActivity()
                .when(new CreateStaffAccountCommand("ana", "Ana", StaffRole.AUDITOR, "police", HASH, false, "admin", NOW))
                .expectException(Refusal.class);
    }

    @Test
    void a_bad_user_id_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new CreateStaffAccountCommand("Ana Ruiz", "Ana", StaffRole.AUDITOR, null, HASH, false, "admin", NOW))
                .expectException(Refusal.class);
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
                .expectException(Refusal.class);
        fixture.given(created(StaffRole.ADMIN, null), new StaffAccountDisabledEvent("ana", "admin", NOW))
                .when(new ChangeStaffPasswordCommand("ana", HASH, NOW))
                .expectException(Refusal.class);
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
                .expectException(Refusal.class)
                .expectExceptionMessage("NotOnOneSelf: accounts.error.disableSelf")
                .expectNoEvents();
    }

    static final StaffMember ANA = new StaffMember("ana", "Ana Ruiz", StaffRole.INVESTIGATOR, null);
    static final StaffMember ADMIN = new StaffMember("admin", "Admin", StaffRole.ADMIN, null);

    @Test
    void a_person_sets_their_own_address_for_notifications_with_the_domain_in_lower_case() {
        fixture.given(created(StaffRole.INVESTIGATOR, null))
                .when(new ChangeStaffEmailCommand("ana", " Ana.Ruiz@City.EXAMPLE ", ANA, NOW))
                .expectEvents(new StaffEmailChangedEvent("ana", "Ana.Ruiz@city.example", "ana", NOW));
    }

    @Test
    void an_administrator_sets_or_clears_anyone_s_address_and_the_same_address_twice_changes_nothing() {
        fixture.given(created(StaffRole.INVESTIGATOR, null))
                .when(new ChangeStaffEmailCommand("ana", "ana@city.example", ADMIN, NOW))
                .expectEvents(new StaffEmailChangedEvent("ana", "ana@city.example", "admin", NOW));
        fixture.given(created(StaffRole.INVESTIGATOR, null), new StaffEmailChangedEvent("ana", "ana@city.example", "ana", NOW))
                .when(new ChangeStaffEmailCommand("ana", "  ", ADMIN, NOW))
                .expectEvents(new StaffEmailChangedEvent("ana", null, "admin", NOW));
        fixture.given(created(StaffRole.INVESTIGATOR, null), new StaffEmailChangedEvent("ana", "ana@city.example", "ana", NOW))
                .when(new ChangeStaffEmailCommand("ana", "ana@CITY.example", ANA, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void nobody_else_changes_a_person_s_address_and_a_malformed_one_is_refused() {
        StaffMember other = new StaffMember("olivia", "Olivia", StaffRole.OMBUDSPERSON, null);
        fixture.given(created(StaffRole.INVESTIGATOR, null))
                .when(new ChangeStaffEmailCommand("ana", "ana@city.example", other, NOW))
                .expectException(Refusal.class)
                .expectNoEvents();
        for (String malformed : new String[] {"ana", "ana@city", "ana@@city.example", "ana@city.example\r\nBcc: x@y.example",
                "a".repeat(250) + "@city.example"}) {
            fixture.given(created(StaffRole.INVESTIGATOR, null))
                    .when(new ChangeStaffEmailCommand("ana", malformed, ANA, NOW))
                    .expectException(Refusal.class)
                    .expectNoEvents();
        }
    }

    static final String TOKEN_HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void an_access_token_is_kept_as_a_hash_in_the_account_s_own_role_and_expires() {
        fixture.given(created(StaffRole.INVESTIGATOR, null))
                .when(new IssueAccessTokenCommand("ana", "t1", TOKEN_HASH, StaffRole.INVESTIGATOR,
                        NOW.plusSeconds(3600), NOW))
                .expectEvents(new AccessTokenIssuedEvent("ana", "t1", TOKEN_HASH, StaffRole.INVESTIGATOR,
                        NOW.plusSeconds(3600), NOW));
        fixture.given(created(StaffRole.INVESTIGATOR, null))
                .when(new IssueAccessTokenCommand("ana", "t1", "sot_plain-token", StaffRole.INVESTIGATOR,
                        NOW.plusSeconds(3600), NOW))
                .expectException(Refusal.class);
        fixture.given(created(StaffRole.INVESTIGATOR, null))
                .when(new IssueAccessTokenCommand("ana", "t1", TOKEN_HASH, StaffRole.OMBUDSPERSON,
                        NOW.plusSeconds(3600), NOW))
                .expectException(Refusal.class);
        fixture.given(created(StaffRole.INVESTIGATOR, null))
                .when(new IssueAccessTokenCommand("ana", "t1", TOKEN_HASH, StaffRole.INVESTIGATOR, NOW, NOW))
                .expectException(Refusal.class);
    }

    @Test
    void a_disabled_account_gets_no_token_and_a_revoked_token_is_revoked_once() {
        fixture.given(created(StaffRole.INVESTIGATOR, null), new StaffAccountDisabledEvent("ana", "admin", NOW))
                .when(new IssueAccessTokenCommand("ana", "t1", TOKEN_HASH, StaffRole.INVESTIGATOR,
                        NOW.plusSeconds(3600), NOW))
                .expectException(Refusal.class);
        AccessTokenIssuedEvent issued = new AccessTokenIssuedEvent("ana", "t1", TOKEN_HASH, StaffRole.INVESTIGATOR,
                NOW.plusSeconds(3600), NOW);
        fixture.given(created(StaffRole.INVESTIGATOR, null), issued)
                .when(new RevokeAccessTokenCommand("ana", "t1", "ana", NOW))
                .expectEvents(new AccessTokenRevokedEvent("ana", "t1", "ana", NOW));
        fixture.given(created(StaffRole.INVESTIGATOR, null), issued, new AccessTokenRevokedEvent("ana", "t1", "ana", NOW))
                .when(new RevokeAccessTokenCommand("ana", "t1", "ana", NOW))
                .expectNoEvents();
    }

    @Test
    void an_administrator_resets_another_s_second_factor_and_password_and_every_token_goes_with_them() {
        AccessTokenIssuedEvent issued = new AccessTokenIssuedEvent("ana", "t1", TOKEN_HASH, StaffRole.INVESTIGATOR,
                NOW.plusSeconds(3600), NOW);
        fixture.given(created(StaffRole.INVESTIGATOR, null), issued)
                .when(new ResetStaffTotpCommand("ana", "admin", NOW))
                .expectEvents(new StaffTotpResetEvent("ana", "admin", NOW),
                        new AccessTokenRevokedEvent("ana", "t1", "admin", NOW));
        fixture.given(created(StaffRole.INVESTIGATOR, null))
                .when(new ResetStaffPasswordCommand("ana", HASH, "admin", NOW))
                .expectEvents(new StaffPasswordResetEvent("ana", HASH, "admin", NOW));
        fixture.given(created(StaffRole.ADMIN, null))
                .when(new ResetStaffTotpCommand("ana", "ana", NOW))
                .expectException(Refusal.class);
    }

    @Test
    void a_disabled_account_is_re_enabled_once() {
        fixture.given(created(StaffRole.INVESTIGATOR, null), new StaffAccountDisabledEvent("ana", "admin", NOW))
                .when(new EnableStaffAccountCommand("ana", "admin", NOW))
                .expectEvents(new StaffAccountEnabledEvent("ana", "admin", NOW));
        fixture.given(created(StaffRole.INVESTIGATOR, null))
                .when(new EnableStaffAccountCommand("ana", "admin", NOW))
                .expectNoEvents();
    }

    @Test
    void a_first_single_sign_on_binds_the_identity_once_and_voids_an_unused_one_time_password() {
        StaffAccountCreatedEvent pending = new StaffAccountCreatedEvent("ana", "Ana Ruiz", StaffRole.AUDITOR, null, HASH,
                true, "admin", NOW);
        fixture.given(pending)
                .when(new VoidOneTimePasswordCommand("ana", NOW))
                .expectEvents(new OneTimePasswordVoidedEvent("ana", NOW));
        fixture.given(created(StaffRole.AUDITOR, null))
                .when(new VoidOneTimePasswordCommand("ana", NOW))
                .expectNoEvents();
        fixture.given(created(StaffRole.AUDITOR, null))
                .when(new BindSingleSignOnCommand("ana", "https://idp", "s-1", NOW))
                .expectEvents(new SingleSignOnBoundEvent("ana", "https://idp", "s-1", NOW));
        fixture.given(created(StaffRole.AUDITOR, null), new SingleSignOnBoundEvent("ana", "https://idp", "s-1", NOW))
                .when(new BindSingleSignOnCommand("ana", "https://idp", "s-2", NOW))
                .expectException(Refusal.class);
        fixture.given(created(StaffRole.AUDITOR, null), new SingleSignOnBoundEvent("ana", "https://idp", "s-1", NOW))
                .when(new BindSingleSignOnCommand("ana", "https://idp", "s-1", NOW))
                .expectNoEvents();
    }
}
