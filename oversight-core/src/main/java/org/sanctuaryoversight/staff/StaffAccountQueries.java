package org.sanctuaryoversight.staff;

/** Queries answered by the {@code staff_accounts} projection. */
public final class StaffAccountQueries {

    private StaffAccountQueries() {
    }

    /** Answers {@code Optional<StaffAccountView>}. */
    public record FindStaffAccountQuery(String userId) {
    }

    /** Answers {@code Optional<StaffAccountView>}: the account bound to this single sign-on identity, if any. */
    public record FindStaffAccountBySingleSignOnQuery(String issuer, String subject) {
    }

    /** Answers {@code List<StaffAccountSummary>}, every account sorted by user id (the accounts admin page). */
    public record ListStaffAccountsQuery() {
    }

    /**
     * An account as the administrator sees it in the list: never a hash or a secret.
     *
     * @param email where notifications go; null when none is set
     */
    public record StaffAccountSummary(String userId, String displayName, StaffRole role, String department,
                                      boolean disabled, boolean mustChangePassword, boolean totpEnrolled,
                                      String email) {
    }

    /**
     * Answers {@code List<NotificationAddress>}: the enabled accounts of {@code role} that have an e-mail address,
     * only those of {@code department} when it is given (a department's liaisons), by user id.
     */
    public record FindNotificationAddressesQuery(StaffRole role, String department) {
    }

    /** Where one member of staff receives notifications. */
    public record NotificationAddress(String userId, String email) {
        @Override
        public String toString() {
            return "NotificationAddress[userId=" + userId + "]";
        }
    }

    /** Answers the number of accounts (a {@code Long}); zero means the first administrator is still to be created. */
    public record CountStaffAccountsQuery() {
    }

    /** Answers {@code Optional<AccessToken>}: the token whose SHA-256 hash is {@code tokenHash}, revoked or not. */
    public record FindAccessTokenQuery(String tokenHash) {
        @Override
        public String toString() {
            return "FindAccessTokenQuery[]";
        }
    }

    /** Answers {@code List<AccessToken>}: the account's tokens not revoked, newest first (expired ones included). */
    public record ListAccessTokensQuery(String userId) {
    }

    /** A personal access token as the read model knows it: never the token, never its hash. */
    public record AccessToken(String tokenId, String userId, StaffRole role, java.time.Instant issuedAt,
                              java.time.Instant expiresAt, boolean revoked) {
        public boolean usableAt(java.time.Instant now) {
            return !revoked && now.isBefore(expiresAt);
        }
    }
}
