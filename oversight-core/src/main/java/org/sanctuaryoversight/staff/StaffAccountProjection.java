package org.sanctuaryoversight.staff;

import static org.sanctuaryoversight.readmodel.ReadModelIndexes.keys;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.staff.StaffAccountEvents.*;
import org.sanctuaryoversight.staff.StaffAccountQueries.*;

/**
 * The {@code staff_accounts} read model: one document per account. Writes are replaces or idempotent
 * sets, so a redelivered event changes nothing; the model can be dropped and rebuilt from the log.
 */
@ProcessingGroup(StaffAccountProjection.PROCESSING_GROUP)
class StaffAccountProjection {

    static final String PROCESSING_GROUP = "staff-accounts";
    static final String COLLECTION = "staff_accounts";

    private final ReadModelCollection accounts;

    /**
     * For a real MongoDB: whom to notify: accounts of a role (and department) that are enabled (the embedded server
     * ignores these).
     */
    StaffAccountProjection(MongoDatabase database) {
        this.accounts = new ReadModelCollection(database, COLLECTION, keys("role", "disabled", "department", "_id"));
    }

    @EventHandler
    void on(StaffAccountCreatedEvent event) {
        accounts.writes().replace(event.userId(), new Document("_id", event.userId())
                        .append("displayName", event.displayName())
                        .append("role", event.role().name())
                        .append("department", event.department())
                        .append("passwordHash", event.passwordHash())
                        .append("mustChangePassword", event.mustChangePassword())
                        .append("oneTimePasswordSince", event.mustChangePassword() ? java.util.Date.from(event.createdAt()) : null)
                        .append("disabled", false));
    }

    @EventHandler
    void on(TotpEnrolledEvent event) {
        accounts.writes().update(event.userId(), Updates.combine(
                Updates.set("totpKeyId", event.secret().keyId()),
                Updates.set("totpCiphertext", event.secret().ciphertext())));
    }

    @EventHandler
    void on(StaffPasswordChangedEvent event) {
        accounts.writes().update(event.userId(), Updates.combine(
                Updates.set("passwordHash", event.passwordHash()), Updates.set("mustChangePassword", false),
                Updates.unset("oneTimePasswordSince")));
    }

    @EventHandler
    void on(OneTimePasswordVoidedEvent event) {
        accounts.writes().update(event.userId(), Updates.combine(Updates.unset("passwordHash"),
                Updates.set("mustChangePassword", false), Updates.unset("oneTimePasswordSince")));
    }

    @EventHandler
    void on(SingleSignOnBoundEvent event) {
        accounts.writes().update(event.userId(), Updates.combine(
                Updates.set("ssoIssuer", event.issuer()), Updates.set("ssoSubject", event.subject())));
    }

    @EventHandler
    void on(StaffAccountDisabledEvent event) {
        accounts.writes().update(event.userId(), Updates.set("disabled", true));
    }

    @EventHandler
    void on(StaffTotpResetEvent event) {
        accounts.writes().update(event.userId(), Updates.combine(
                Updates.unset("totpKeyId"), Updates.unset("totpCiphertext")));
    }

    @EventHandler
    void on(StaffPasswordResetEvent event) {
        accounts.writes().update(event.userId(), Updates.combine(
                Updates.set("passwordHash", event.passwordHash()), Updates.set("mustChangePassword", true),
                Updates.set("oneTimePasswordSince", java.util.Date.from(event.resetAt()))));
    }

    @EventHandler
    void on(StaffAccountEnabledEvent event) {
        accounts.writes().update(event.userId(), Updates.set("disabled", false));
    }

    @EventHandler
    void on(StaffEmailChangedEvent event) {
        accounts.writes().update(event.userId(), Updates.set("email", event.email()));
    }

    @QueryHandler
    Optional<StaffAccountView> handle(FindStaffAccountQuery query) {
        return accounts.findById(query.userId()).map(StaffAccountProjection::view);
    }

    @QueryHandler
    Optional<StaffAccountView> handle(FindStaffAccountBySingleSignOnQuery query) {
        return Optional.ofNullable(accounts.collection().find(Filters.and(Filters.eq("ssoIssuer", query.issuer()),
                Filters.eq("ssoSubject", query.subject()))).first()).map(StaffAccountProjection::view);
    }

    private static StaffAccountView view(Document doc) {
        java.util.Date since = doc.getDate("oneTimePasswordSince");
        return new StaffAccountView(new StaffMember(doc.getString("_id"), doc.getString("displayName"),
                StaffRole.valueOf(doc.getString("role")), doc.getString("department")),
                doc.getString("passwordHash"), doc.getBoolean("mustChangePassword", false),
                doc.getString("totpKeyId") == null ? null
                        : new Sealed(doc.getString("totpKeyId"), doc.getString("totpCiphertext")),
                doc.getBoolean("disabled", false), doc.getString("email"), since == null ? null : since.toInstant(),
                doc.getString("ssoIssuer"), doc.getString("ssoSubject"));
    }

    @QueryHandler
    List<StaffAccountSummary> handle(ListStaffAccountsQuery query) {
        List<StaffAccountSummary> all = new ArrayList<>();
        accounts.collection().find().sort(Sorts.ascending("_id")).forEach(doc -> all.add(new StaffAccountSummary(
                doc.getString("_id"),
                doc.getString("displayName"), StaffRole.valueOf(doc.getString("role")), doc.getString("department"),
                doc.getBoolean("disabled", false), doc.getBoolean("mustChangePassword", false),
                doc.getString("totpKeyId") != null, doc.getString("email"))));
        return all;
    }

    @QueryHandler
    List<NotificationAddress> handle(FindNotificationAddressesQuery query) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.eq("role", query.role().name()),
                Filters.eq("disabled", false), Filters.ne("email", null)));
        if (query.department() != null) {
            conditions.add(Filters.eq("department", query.department()));
        }
        List<NotificationAddress> addresses = new ArrayList<>();
        accounts.collection().find(Filters.and(conditions)).sort(Sorts.ascending("_id")).forEach(doc ->
                addresses.add(new NotificationAddress(doc.getString("_id"), doc.getString("email"))));
        return addresses;
    }

    @QueryHandler
    Long handle(CountStaffAccountsQuery query) {
        return accounts.collection().countDocuments();
    }

    @ResetHandler
    void reset() {
        accounts.reset();
    }
}
