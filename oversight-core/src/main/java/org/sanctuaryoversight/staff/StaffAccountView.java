package org.sanctuaryoversight.staff;

import org.sanctuaryoversight.privacy.Sealed;

/**
 * What sign-in needs to know about an account, from the {@code staff_accounts} read model.
 *
 * @param email where notifications go; null when none is set
 */
public record StaffAccountView(StaffMember member, String passwordHash, boolean mustChangePassword,
                               Sealed totpSecret, boolean disabled, String email) {

    /** Ombudsperson and administrator must use a second factor; others may. */
    public boolean totpRequired() {
        return member.role() == StaffRole.OMBUDSPERSON || member.role() == StaffRole.ADMIN;
    }

    @Override
    public String toString() {
        return "StaffAccountView[userId=" + member.userId() + ", role=" + member.role() + "]";
    }
}
