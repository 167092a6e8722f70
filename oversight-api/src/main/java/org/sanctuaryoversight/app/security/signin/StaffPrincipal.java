package org.sanctuaryoversight.app.security.signin;

import java.util.Collection;
import java.util.List;
import org.sanctuaryoversight.staff.StaffMember;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member of staff as Spring Security sees them. Authorities are {@code ROLE_<StaffRole>};
 * controllers get the domain's {@link StaffMember} from {@link #member()} to put in commands.
 * Tests sign in with {@code SecurityMockMvcRequestPostProcessors.user(new StaffPrincipal(...))}.
 */
public record StaffPrincipal(StaffMember member, String passwordHash, boolean enabled, boolean credentialsNonExpired)
        implements UserDetails {

    public StaffPrincipal(StaffMember member) {
        this(member, "", true);
    }

    public StaffPrincipal(StaffMember member, String passwordHash, boolean enabled) {
        this(member, passwordHash, enabled, true);
    }

    /** False for a one-time password past its lifetime: the password check refuses it ({@code signin.StaffPasswordCheck}). */
    @Override
    public boolean isCredentialsNonExpired() {
        return credentialsNonExpired;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + member.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.userId();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
