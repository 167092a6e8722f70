package org.sanctuaryoversight.staff;

import org.sanctuaryoversight.privacy.Sealed;

/**
 * What sign-in needs to know about an account, from the {@code staff_accounts} read model.
 *
 * @param passwordHash         null once a one-time password was voided by single sign-on (no password signs in)
 * @param email                where notifications go; null when none is set
 * @param oneTimePasswordSince when the one-time password the account must replace was issued (it expires); null
 *                             when it has none (or for accounts created before this was recorded)
 * @param ssoIssuer            the city identity provider's issuer the account is bound to; null until its first
 *                             single sign-on
 * @param ssoSubject           that provider's subject for the person
 */
public record StaffAccountView(StaffMember member, String passwordHash, boolean mustChangePassword,
                               Sealed totpSecret, boolean disabled, String email, java.time.Instant oneTimePasswordSince,
                               String ssoIssuer, String ssoSubject) {

    public StaffAccountView(StaffMember member, String passwordHash, boolean mustChangePassword, Sealed totpSecret,
                            boolean disabled, String email) {
        this(member, passwordHash, mustChangePassword, totpSecret, disabled, email, null, null, null);
    }

    @Override
    public String toString() {
        return "StaffAccountView[userId=" + member.userId() + ", role=" + member.role() + "]";
    }
}
