package org.sanctuaryoversight.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffAccountEvents.*;
import org.sanctuaryoversight.staff.StaffAccountQueries.*;
import org.sanctuaryoversight.support.InMemoryMongo;

class StaffAccountProjectionTest {

    static final InMemoryMongo MONGO = new InMemoryMongo();
    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @AfterAll
    static void close() {
        MONGO.close();
    }

    @Test
    void the_account_follows_its_events_redelivery_changes_nothing_and_a_rebuild_gives_the_same_view() {
        MongoDatabase database = MONGO.freshDatabase();
        StaffAccountProjection projection = new StaffAccountProjection(database);
        var created = new StaffAccountCreatedEvent("ana", "Ana", StaffRole.ADMIN, null, "$2a$04$one", true, "bootstrap", NOW);
        var enrolled = new TotpEnrolledEvent("ana", new Sealed("staff-totp-ana", "c2VjcmV0"), NOW);
        var changed = new StaffPasswordChangedEvent("ana", "$2a$04$two", NOW);
        assertThat(projection.handle(new CountStaffAccountsQuery())).isZero();
        projection.on(created);
        projection.on(enrolled);
        projection.on(changed);
        projection.on(changed);
        StaffAccountView view = projection.handle(new FindStaffAccountQuery("ana")).orElseThrow();
        assertThat(view.passwordHash()).isEqualTo("$2a$04$two");
        assertThat(view.mustChangePassword()).isFalse();
        assertThat(view.totpSecret()).isEqualTo(new Sealed("staff-totp-ana", "c2VjcmV0"));
        assertThat(projection.handle(new CountStaffAccountsQuery())).isEqualTo(1L);

        projection.reset();
        assertThat(projection.handle(new FindStaffAccountQuery("ana"))).isEmpty();
        projection.on(created);
        projection.on(enrolled);
        projection.on(changed);
        assertThat(projection.handle(new FindStaffAccountQuery("ana"))).contains(view);

        projection.on(new StaffAccountDisabledEvent("ana", "admin", NOW));
        assertThat(projection.handle(new FindStaffAccountQuery("ana")).orElseThrow().disabled()).isTrue();
    }

    @Test
    void the_list_shows_every_account_by_user_id_without_hashes_or_secrets() {
        StaffAccountProjection projection = new StaffAccountProjection(MONGO.freshDatabase());
        projection.on(new StaffAccountCreatedEvent("zoe", "Zoe", StaffRole.DEPARTMENT_LIAISON, "police", "$2a$04$z", true,
                "admin", NOW));
        projection.on(new StaffAccountCreatedEvent("ana", "Ana", StaffRole.ADMIN, null, "$2a$04$a", false, "bootstrap", NOW));
        projection.on(new TotpEnrolledEvent("ana", new Sealed("staff-totp-ana", "c2VjcmV0"), NOW));
        projection.on(new StaffAccountDisabledEvent("zoe", "ana", NOW));
        assertThat(projection.handle(new ListStaffAccountsQuery())).containsExactly(
                new StaffAccountSummary("ana", "Ana", StaffRole.ADMIN, null, false, false, true, null),
                new StaffAccountSummary("zoe", "Zoe", StaffRole.DEPARTMENT_LIAISON, "police", true, true, false, null));
    }

    @Test
    void notification_addresses_are_those_of_enabled_accounts_of_the_role_and_department_that_have_one() {
        StaffAccountProjection projection = new StaffAccountProjection(MONGO.freshDatabase());
        projection.on(new StaffAccountCreatedEvent("omb", "Olivia", StaffRole.OMBUDSPERSON, null, "$2a$04$o", false, "a", NOW));
        projection.on(new StaffAccountCreatedEvent("omb2", "Oscar", StaffRole.OMBUDSPERSON, null, "$2a$04$o", false, "a", NOW));
        projection.on(new StaffAccountCreatedEvent("gone", "Gabriel", StaffRole.OMBUDSPERSON, null, "$2a$04$g", false, "a", NOW));
        projection.on(new StaffAccountCreatedEvent("pol", "Pat", StaffRole.DEPARTMENT_LIAISON, "police", "$2a$04$p", false, "a", NOW));
        projection.on(new StaffAccountCreatedEvent("sch", "Sam", StaffRole.DEPARTMENT_LIAISON, "schools", "$2a$04$s", false, "a", NOW));
        projection.on(new StaffEmailChangedEvent("omb", "omb@city.example", "omb", NOW));
        projection.on(new StaffEmailChangedEvent("omb2", "omb2@city.example", "omb2", NOW));
        projection.on(new StaffEmailChangedEvent("omb2", null, "omb2", NOW));
        projection.on(new StaffEmailChangedEvent("gone", "gone@city.example", "gone", NOW));
        projection.on(new StaffAccountDisabledEvent("gone", "admin", NOW));
        projection.on(new StaffEmailChangedEvent("pol", "pol@city.example", "admin", NOW));
        projection.on(new StaffEmailChangedEvent("sch", "sch@city.example", "admin", NOW));

        assertThat(projection.handle(new FindNotificationAddressesQuery(StaffRole.OMBUDSPERSON, null)))
                .containsExactly(new NotificationAddress("omb", "omb@city.example"));
        assertThat(projection.handle(new FindNotificationAddressesQuery(StaffRole.DEPARTMENT_LIAISON, "police")))
                .containsExactly(new NotificationAddress("pol", "pol@city.example"));
        assertThat(projection.handle(new FindStaffAccountQuery("pol")).orElseThrow().email()).isEqualTo("pol@city.example");
        assertThat(projection.handle(new FindStaffAccountQuery("omb2")).orElseThrow().email()).isNull();
    }

    @Test
    void resets_voiding_and_binding_follow_their_events_and_redelivery_changes_nothing() {
        MongoDatabase database = MONGO.freshDatabase();
        StaffAccountProjection projection = new StaffAccountProjection(database);
        projection.on(new StaffAccountCreatedEvent("ana", "Ana", StaffRole.AUDITOR, null, "$2a$04$one", true, "admin", NOW));
        assertThat(projection.handle(new FindStaffAccountQuery("ana")).orElseThrow().oneTimePasswordSince()).isEqualTo(NOW);
        projection.on(new TotpEnrolledEvent("ana", new Sealed("staff-totp-ana", "c2VjcmV0"), NOW));
        var totpReset = new StaffTotpResetEvent("ana", "admin", NOW);
        projection.on(totpReset);
        projection.on(totpReset);
        assertThat(projection.handle(new FindStaffAccountQuery("ana")).orElseThrow().totpSecret()).isNull();

        Instant later = NOW.plusSeconds(3600);
        projection.on(new StaffPasswordResetEvent("ana", "$2a$04$two", "admin", later));
        StaffAccountView reset = projection.handle(new FindStaffAccountQuery("ana")).orElseThrow();
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(reset.oneTimePasswordSince()).isEqualTo(later);

        projection.on(new OneTimePasswordVoidedEvent("ana", later));
        projection.on(new SingleSignOnBoundEvent("ana", "https://idp", "s-1", later));
        StaffAccountView bound = projection.handle(new FindStaffAccountQuery("ana")).orElseThrow();
        assertThat(bound.passwordHash()).isNull();
        assertThat(bound.mustChangePassword()).isFalse();
        assertThat(bound.oneTimePasswordSince()).isNull();
        assertThat(projection.handle(new FindStaffAccountBySingleSignOnQuery("https://idp", "s-1")))
                .hasValueSatisfying(found -> assertThat(found.member().userId()).isEqualTo("ana"));
        assertThat(projection.handle(new FindStaffAccountBySingleSignOnQuery("https://idp", "s-2"))).isEmpty();
    }

    @Test
    void access_tokens_are_found_by_hash_listed_while_live_and_revoked() {
        MongoDatabase database = MONGO.freshDatabase();
        AccessTokenProjection tokens = new AccessTokenProjection(database);
        String hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        var issued = new AccessTokenIssuedEvent("ana", "t1", hash, StaffRole.AUDITOR, NOW.plusSeconds(60), NOW);
        tokens.on(issued);
        tokens.on(issued);
        assertThat(tokens.handle(new FindAccessTokenQuery(hash))).hasValueSatisfying(token -> {
            assertThat(token.usableAt(NOW)).isTrue();
            assertThat(token.usableAt(NOW.plusSeconds(60))).isFalse();
        });
        assertThat(tokens.handle(new ListAccessTokensQuery("ana"))).hasSize(1);
        tokens.on(new AccessTokenRevokedEvent("ana", "t1", "ana", NOW));
        assertThat(tokens.handle(new FindAccessTokenQuery(hash))).hasValueSatisfying(token ->
                assertThat(token.usableAt(NOW)).isFalse());
        assertThat(tokens.handle(new ListAccessTokensQuery("ana"))).isEmpty();
        tokens.reset();
        assertThat(tokens.handle(new FindAccessTokenQuery(hash))).isEmpty();
    }
}
