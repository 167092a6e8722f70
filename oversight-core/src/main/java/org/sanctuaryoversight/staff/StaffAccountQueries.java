package org.sanctuaryoversight.staff;

/** Queries answered by the {@code staff_accounts} projection. */
public final class StaffAccountQueries {

    private StaffAccountQueries() {
    }

    /** Answers {@code Optional<StaffAccountView>}. */
    public record FindStaffAccountQuery(String userId) {
    }

    /** Answers {@code List<StaffAccountSummary>}, every account sorted by user id (the accounts admin page). */
    public record ListStaffAccountsQuery() {
    }

    /** An account as the administrator sees it in the list: never a hash or a secret. */
    public record StaffAccountSummary(String userId, String displayName, StaffRole role, String department,
                                      boolean disabled, boolean mustChangePassword, boolean totpEnrolled) {
    }

    /** Answers the number of accounts (a {@code Long}); zero means the first administrator is still to be created. */
    public record CountStaffAccountsQuery() {
    }
}
