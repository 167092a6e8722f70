package org.sanctuaryoversight.app.security;

import java.io.Serial;
import java.io.Serializable;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * The name under which sessions signed in before the security package was split by job hold their principal: Spring
 * Session keeps a session's security context Java-serialized in {@code http_sessions}, class name included. Such a
 * session, read back, becomes today's {@link org.sanctuaryoversight.app.security.signin.StaffPrincipal}, so nobody
 * signed in is thrown out or shown an error by an upgrade. Nothing else uses this record; new sessions never hold it.
 */
record StaffPrincipal(StaffMember member, String passwordHash, boolean enabled, boolean credentialsNonExpired)
        implements Serializable {

    @Serial
    private Object readResolve() {
        return new org.sanctuaryoversight.app.security.signin.StaffPrincipal(member, passwordHash, enabled,
                credentialsNonExpired);
    }
}
