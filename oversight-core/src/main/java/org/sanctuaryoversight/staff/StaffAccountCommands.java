package org.sanctuaryoversight.staff;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * Commands of the staff account capability. Passwords never travel: only their BCrypt hash. The TOTP
 * secret travels sealed with the account's data key, never in clear.
 */
public final class StaffAccountCommands {

    private StaffAccountCommands() {
    }

    /** Creates an account; {@code mustChangePassword} is set for one-time (bootstrap) passwords. */
    public record CreateStaffAccountCommand(@TargetAggregateIdentifier String userId, String displayName, StaffRole role,
                                            String department, String passwordHash, boolean mustChangePassword,
                                            String createdBy, Instant createdAt) {
    }

    public record EnrollTotpCommand(@TargetAggregateIdentifier String userId, Sealed secret, Instant enrolledAt) {
    }

    public record ChangeStaffPasswordCommand(@TargetAggregateIdentifier String userId, String passwordHash,
                                             Instant changedAt) {
    }

    public record DisableStaffAccountCommand(@TargetAggregateIdentifier String userId, String disabledBy,
                                             Instant disabledAt) {
    }

    /**
     * Sets the address notifications go to, or clears it ({@code email} null or blank). The person themselves or an
     * administrator may change it.
     */
    public record ChangeStaffEmailCommand(@TargetAggregateIdentifier String userId, String email, StaffMember by,
                                          Instant changedAt) {
        @Override
        public String toString() {
            return "ChangeStaffEmailCommand[userId=" + userId + "]";
        }
    }

    /**
     * Issues a personal access token for the JSON API. Only the token's SHA-256 hash travels and is kept: the token
     * itself is shown once to its owner. {@code role} is the role the token acts in: the account's role when issued.
     */
    public record IssueAccessTokenCommand(@TargetAggregateIdentifier String userId, String tokenId, String tokenHash,
                                          StaffRole role, Instant expiresAt, Instant issuedAt) {
        @Override
        public String toString() {
            return "IssueAccessTokenCommand[userId=" + userId + ", tokenId=" + tokenId + "]";
        }
    }

    /** Revokes one of the account's access tokens; {@code revokedBy} is the owner (or an administrator). */
    public record RevokeAccessTokenCommand(@TargetAggregateIdentifier String userId, String tokenId, String revokedBy,
                                           Instant revokedAt) {
    }

    /**
     * An administrator clears another account's authenticator (a lost phone): its next sign-in enrols a new one.
     * Its access tokens are revoked with it.
     */
    public record ResetStaffTotpCommand(@TargetAggregateIdentifier String userId, String resetBy, Instant resetAt) {
    }

    /**
     * An administrator gives another account a new one-time password (only its hash travels): the person must choose
     * their own at the next sign-in. Its access tokens are revoked with it.
     */
    public record ResetStaffPasswordCommand(@TargetAggregateIdentifier String userId, String passwordHash,
                                            String resetBy, Instant resetAt) {
        @Override
        public String toString() {
            return "ResetStaffPasswordCommand[userId=" + userId + "]";
        }
    }

    /** An administrator lets a disabled account sign in again. */
    public record EnableStaffAccountCommand(@TargetAggregateIdentifier String userId, String enabledBy,
                                            Instant enabledAt) {
    }

    /** The first single sign-on of an account that still has a one-time password: that password stops working. */
    public record VoidOneTimePasswordCommand(@TargetAggregateIdentifier String userId, Instant voidedAt) {
    }

    /**
     * Binds the account to the city identity provider's issuer and subject at its first single sign-on: from then on
     * only that identity signs in as this account, whatever its user name claim says later.
     */
    public record BindSingleSignOnCommand(@TargetAggregateIdentifier String userId, String issuer, String subject,
                                          Instant boundAt) {
    }
}
