package org.sanctuaryoversight.app.security.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 18, item 5: a disabled account does the same password-hash work as a wrong password, and gives the same
 * answer, so neither the time nor the message tells an attacker the account is disabled. Work is counted with a
 * counting encoder, never timed.
 */
class StaffPasswordCheckTest {

    static final String PASSWORD = "correct horse battery";

    /** Counts every password hash computed or compared. */
    static final class CountingEncoder implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger hashes = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            hashes.incrementAndGet();
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashes.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    final CountingEncoder encoder = new CountingEncoder();
    final String hash = encoder.bcrypt.encode(PASSWORD);
    final Map<String, StaffPrincipal> accounts = Map.of(
            "active", new StaffPrincipal(new StaffMember("active", "Active", StaffRole.INVESTIGATOR, null), hash, true),
            "gone", new StaffPrincipal(new StaffMember("gone", "Gone", StaffRole.OMBUDSPERSON, null), hash, false));
    final DaoAuthenticationProvider provider = StaffPasswordCheck.provider(username -> {
        StaffPrincipal found = accounts.get(username);
        if (found == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return found;
    }, encoder);

    int hashesFor(String username, String password) {
        int before = encoder.hashes.get();
        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password)))
                .isInstanceOf(BadCredentialsException.class);
        return encoder.hashes.get() - before;
    }

    @Test
    void a_disabled_account_costs_the_same_hash_work_as_a_wrong_password_and_answers_the_same() {
        hashesFor("nobody", "warm-up"); // Spring prepares its stand-in hash for unknown names once
        int wrongPassword = hashesFor("active", "wrong password!");
        assertThat(wrongPassword).isEqualTo(1);
        assertThat(hashesFor("gone", PASSWORD)).isEqualTo(wrongPassword);
        assertThat(hashesFor("gone", "wrong password!")).isEqualTo(wrongPassword);
        assertThat(hashesFor("nobody", PASSWORD)).isEqualTo(wrongPassword);
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("active", PASSWORD))
                .isAuthenticated()).isTrue();
    }
}
