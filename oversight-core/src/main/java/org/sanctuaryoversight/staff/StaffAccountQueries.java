package org.sanctuaryoversight.staff;

/** Queries answered by the {@code staff_accounts} projection. */
public final class StaffAccountQueries {

    private StaffAccountQueries() {
    }

    /** Answers {@code Optional<StaffAccountView>}. */
    public record FindStaffAccountQuery(String userId) {
    }

    /** Answers the number of accounts (a {@code Long}); zero means the first administrator is still to be created. */
    public record CountStaffAccountsQuery() {
    }
}
