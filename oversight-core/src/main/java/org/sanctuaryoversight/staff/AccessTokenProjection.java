package org.sanctuaryoversight.staff;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.staff.StaffAccountEvents.AccessTokenIssuedEvent;
import org.sanctuaryoversight.staff.StaffAccountEvents.AccessTokenRevokedEvent;
import org.sanctuaryoversight.staff.StaffAccountQueries.AccessToken;
import org.sanctuaryoversight.staff.StaffAccountQueries.FindAccessTokenQuery;
import org.sanctuaryoversight.staff.StaffAccountQueries.ListAccessTokensQuery;

/**
 * The {@code staff_access_tokens} read model: one document per personal access token, keyed by the token's
 * SHA-256 hash so that a presented token is found with one lookup by key. Part of the staff accounts processing
 * group: rebuilt with the accounts, from the same events.
 */
@ProcessingGroup(StaffAccountProjection.PROCESSING_GROUP)
class AccessTokenProjection {

    static final String COLLECTION = "staff_access_tokens";

    private final ReadModelCollection tokens;

    AccessTokenProjection(MongoDatabase database) {
        this.tokens = new ReadModelCollection(database, COLLECTION);
    }

    @EventHandler
    void on(AccessTokenIssuedEvent event) {
        tokens.writes().replace(event.tokenHash(), new Document("_id", event.tokenHash())
                        .append("tokenId", event.tokenId())
                        .append("userId", event.userId())
                        .append("role", event.role().name())
                        .append("issuedAt", Date.from(event.issuedAt()))
                        .append("expiresAt", Date.from(event.expiresAt()))
                        .append("revoked", false));
    }

    @EventHandler
    void on(AccessTokenRevokedEvent event) {
        tokens.writes().updateFirst(
                Filters.and(Filters.eq("userId", event.userId()), Filters.eq("tokenId", event.tokenId())),
                Updates.set("revoked", true));
    }

    @QueryHandler
    Optional<AccessToken> handle(FindAccessTokenQuery query) {
        return tokens.findById(query.tokenHash()).map(AccessTokenProjection::token);
    }

    @QueryHandler
    List<AccessToken> handle(ListAccessTokensQuery query) {
        List<AccessToken> all = new ArrayList<>();
        tokens.collection().find(Filters.and(Filters.eq("userId", query.userId()), Filters.eq("revoked", false)))
                .sort(Sorts.descending("issuedAt")).forEach(doc -> all.add(token(doc)));
        return all;
    }

    private static AccessToken token(Document doc) {
        return new AccessToken(doc.getString("tokenId"), doc.getString("userId"), StaffRole.valueOf(doc.getString("role")),
                doc.getDate("issuedAt").toInstant(), doc.getDate("expiresAt").toInstant(),
                doc.getBoolean("revoked", false));
    }

    @ResetHandler
    void reset() {
        tokens.reset();
    }
}
