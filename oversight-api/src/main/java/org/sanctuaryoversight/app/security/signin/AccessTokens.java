package org.sanctuaryoversight.app.security.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.digest.Sha256;
import org.sanctuaryoversight.staff.StaffAccountCommands.IssueAccessTokenCommand;
import org.sanctuaryoversight.staff.StaffAccountCommands.RevokeAccessTokenCommand;
import org.sanctuaryoversight.staff.StaffAccountQueries.AccessToken;
import org.sanctuaryoversight.staff.StaffAccountQueries.FindAccessTokenQuery;
import org.sanctuaryoversight.staff.StaffAccountQueries.ListAccessTokensQuery;
import org.sanctuaryoversight.staff.StaffAccountView;

/**
 * Personal access tokens for the staff JSON API. The API has no second step, so it takes no password: a person
 * signed in with password and authenticator code creates a token on {@code /staff/tokens}, sees it once, and sends
 * it as {@code Authorization: Bearer}. A token is 256 random bits; only its SHA-256 hash is stored (nobody can find
 * a token from that hash, so no slow hash is needed, and a lookup is one read by key). It acts in its owner's
 * role, expires after {@code oversight.security.access-token-lifetime}, and stops working when revoked or when its
 * owner's account is disabled.
 */
public record AccessTokens(CommandGateway commands, QueryGateway queries, StaffAccounts accounts, Duration lifetime,
                           Clock clock) {

    /** Marks the token as this service's, so a leaked one is recognisable (e.g. by secret scanners). */
    static final String PREFIX = "sot_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its owner sees it once, at creation. */
    public record IssuedToken(String tokenId, String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[tokenId=" + tokenId + "]";
        }
    }

    public IssuedToken issue(StaffAccountView account) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String tokenId = UUID.randomUUID().toString().substring(0, 8);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        commands.sendAndWait(new IssueAccessTokenCommand(account.member().userId(), tokenId, hash(token),
                account.member().role(), expiresAt, now));
        return new IssuedToken(tokenId, token, expiresAt);
    }

    public List<AccessToken> of(String userId) {
        return queries.query(new ListAccessTokensQuery(userId), ResponseTypes.multipleInstancesOf(AccessToken.class))
                .join();
    }

    public void revoke(String userId, String tokenId, String revokedBy) {
        commands.sendAndWait(new RevokeAccessTokenCommand(userId, tokenId, revokedBy, clock.instant()));
    }

    /**
     * The member of staff a presented token stands for: empty when it is unknown, revoked, expired, its account
     * disabled, or the account's role is no longer the one the token was issued for.
     */
    public Optional<StaffPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return queries.query(new FindAccessTokenQuery(hash(presented)), ResponseTypes.optionalInstanceOf(AccessToken.class))
                .join()
                .filter(token -> token.usableAt(now))
                .flatMap(token -> accounts.find(token.userId())
                        .filter(account -> !account.disabled() && account.member().role() == token.role()))
                .map(account -> new StaffPrincipal(account.member()));
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
