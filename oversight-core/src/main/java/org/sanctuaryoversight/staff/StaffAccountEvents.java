package org.sanctuaryoversight.staff;

import java.time.Instant;
import org.sanctuaryoversight.privacy.Sealed;

/** Events of the staff account capability: the account's whole history, from which sign-in is derived. */
public final class StaffAccountEvents {

    private StaffAccountEvents() {
    }

    public record StaffAccountCreatedEvent(String userId, String displayName, StaffRole role, String department,
                                           String passwordHash, boolean mustChangePassword, String createdBy,
                                           Instant createdAt) {
        @Override
        public String toString() {
            return "StaffAccountCreatedEvent[userId=" + userId + ", role=" + role + "]";
        }
    }

    public record TotpEnrolledEvent(String userId, Sealed secret, Instant enrolledAt) {
    }

    public record StaffPasswordChangedEvent(String userId, String passwordHash, Instant changedAt) {
        @Override
        public String toString() {
            return "StaffPasswordChangedEvent[userId=" + userId + "]";
        }
    }

    public record StaffAccountDisabledEvent(String userId, String disabledBy, Instant disabledAt) {
    }

    /**
     * The address notifications go to was set, changed or cleared ({@code email} null). A work address, so it is in
     * clear; it is kept out of {@code toString} all the same, since events end up in logs.
     */
    public record StaffEmailChangedEvent(String userId, String email, String changedBy, Instant changedAt) {
        @Override
        public String toString() {
            return "StaffEmailChangedEvent[userId=" + userId + ", cleared=" + (email == null) + "]";
        }
    }

    /** A personal access token was issued: only its SHA-256 hash is recorded, kept out of {@code toString}. */
    public record AccessTokenIssuedEvent(String userId, String tokenId, String tokenHash, StaffRole role,
                                         Instant expiresAt, Instant issuedAt) {
        @Override
        public String toString() {
            return "AccessTokenIssuedEvent[userId=" + userId + ", tokenId=" + tokenId + "]";
        }
    }

    public record AccessTokenRevokedEvent(String userId, String tokenId, String revokedBy, Instant revokedAt) {
    }

    /** The account's authenticator was cleared by an administrator ({@code resetBy}): the audit of who did it. */
    public record StaffTotpResetEvent(String userId, String resetBy, Instant resetAt) {
    }

    /** An administrator ({@code resetBy}) set a one-time password; the account must choose its own next. */
    public record StaffPasswordResetEvent(String userId, String passwordHash, String resetBy, Instant resetAt) {
        @Override
        public String toString() {
            return "StaffPasswordResetEvent[userId=" + userId + ", resetBy=" + resetBy + "]";
        }
    }

    public record StaffAccountEnabledEvent(String userId, String enabledBy, Instant enabledAt) {
    }

    /** The account's one-time password no longer works: it signed in with single sign-on first. */
    public record OneTimePasswordVoidedEvent(String userId, Instant voidedAt) {
    }

    /** The account is bound to this identity of the city's provider (issuer and subject, never a name claim). */
    public record SingleSignOnBoundEvent(String userId, String issuer, String subject, Instant boundAt) {
    }
}
