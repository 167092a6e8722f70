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
}
