package org.sanctuaryoversight.app.security.signin;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of the sign-in form. Spring's default refuses a disabled account before hashing the password,
 * so a disabled account answered faster than a wrong password and told an attacker which names are disabled (and
 * that there is no point guessing them). Here the password is always hashed first, and only then is a disabled
 * account refused, with the same "wrong user name or password" as a wrong password: the same work, the same answer.
 * An unknown name costs one hash too (Spring's own timing mitigation). A one-time password past its expiry is
 * refused after the check as well ({@link CredentialsExpiredException}).
 */
final class StaffPasswordCheck {

    private StaffPasswordCheck() {
    }

    @SuppressWarnings("deprecation")
    static DaoAuthenticationProvider provider(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(passwords);
        provider.setUserDetailsService(users);
        provider.setPreAuthenticationChecks(user -> {
            // nothing before the password is checked: see the class comment
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled() || !user.isAccountNonLocked() || !user.isAccountNonExpired()) {
                throw new BadCredentialsException("Bad credentials");
            }
            if (!user.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("one-time password expired");
            }
        });
        return provider;
    }
}
