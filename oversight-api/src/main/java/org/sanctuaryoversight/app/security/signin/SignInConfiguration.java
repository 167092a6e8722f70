package org.sanctuaryoversight.app.security.signin;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.app.platform.ClientKeys;
import org.sanctuaryoversight.app.platform.SharedState;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.staff.StaffAccountModule;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Wires staff accounts and sign-in: the account capability, the account lookup, the rate limit, the bootstrap. */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SignInConfiguration.class);

    @Bean
    StaffAccountModule staffAccountModule(MongoDatabase database) {
        return new StaffAccountModule(database);
    }

    @Bean
    BCryptPasswordEncoder staffPasswordEncoder(SignInProperties properties) {
        return new BCryptPasswordEncoder(properties.passwordStrength());
    }

    @Bean
    StaffAccounts staffAccounts(CommandGateway commands, QueryGateway queries, BCryptPasswordEncoder staffPasswordEncoder,
                                PersonalDataVault vault, Clock clock, SignInProperties properties) {
        return new StaffAccounts(commands, queries, staffPasswordEncoder, vault, clock,
                properties.oneTimePasswordLifetime());
    }

    /** The sign-in form's password check: a disabled account costs the same hash as a wrong password. */
    @Bean
    org.springframework.security.authentication.dao.DaoAuthenticationProvider staffPasswordCheck(
            StaffAccounts accounts, BCryptPasswordEncoder staffPasswordEncoder) {
        return StaffPasswordCheck.provider(accounts, staffPasswordEncoder);
    }

    @Bean
    AccessTokens accessTokens(CommandGateway commands, QueryGateway queries, StaffAccounts accounts,
                              SignInProperties properties, Clock clock) {
        return new AccessTokens(commands, queries, accounts, properties.accessTokenLifetime(), clock);
    }

    @Bean
    SignInAttempts signInAttempts(SignInProperties properties, SharedState state, ClientKeys clients, Clock clock) {
        return new SignInAttempts(properties.maxFailedSignIns(), properties.failedSignInWindow(), state, clients, clock);
    }

    @Bean
    SignInFlow signInFlow(StaffAccounts accounts, SignInAttempts attempts, SignInProperties properties) {
        return new SignInFlow(accounts, attempts, properties.totpOptionalRoles());
    }

    /** Where the first administrator's one-time password is written, in the data directory. */
    static final String BOOTSTRAP_PASSWORD_FILE = "bootstrap-admin-password.txt";

    /**
     * First run: with {@code oversight.security.bootstrap-admin=<userId>} and no account yet, creates that
     * administrator with a random one-time password written to {@value #BOOTSTRAP_PASSWORD_FILE} in the data
     * directory, readable by the service user only; the log says where, never what. Not to standard output: container
     * platforms keep the console in their logs. The file is written before the account is created, so a data
     * directory that cannot be written creates nobody. The first sign-in then requires a new password and a TOTP
     * enrolment; the one-time password expires after {@code oversight.security.one-time-password-lifetime}.
     */
    @Bean
    ApplicationRunner bootstrapAdministrator(SignInProperties properties, StaffAccounts accounts,
                                             org.sanctuaryoversight.app.platform.OversightProperties oversight) {
        return args -> {
            String userId = properties.bootstrapAdmin().strip();
            if (userId.isEmpty()) {
                return;
            }
            if (accounts.count() > 0 || accounts.find(userId).isPresent()) {
                log.info("oversight.security.bootstrap-admin is set but staff accounts already exist: nothing created. "
                        + "Remove the setting.");
                return;
            }
            String password = StaffAccounts.oneTimePassword();
            java.nio.file.Path file = oversight.embedded().dataDirectory().resolve(BOOTSTRAP_PASSWORD_FILE)
                    .toAbsolutePath().normalize();
            writeOwnerOnly(file, """
                    Sanctuary Oversight: first administrator
                    user id:            %s
                    one-time password:  %s
                    Sign in at /login: you will set a new password and enrol an authenticator app.
                    Delete this file after signing in, and remove oversight.security.bootstrap-admin.
                    """.formatted(userId, password));
            try {
                accounts.create(new StaffMember(userId, userId, StaffRole.ADMIN, null), password, true, "bootstrap");
            } catch (RuntimeException e) {
                java.nio.file.Files.deleteIfExists(file);
                throw e;
            }
            log.warn("First administrator {} created. Its one-time password is in {} (readable by this service's user "
                    + "only). Delete the file after the first sign-in and remove oversight.security.bootstrap-admin.",
                    userId, file);
        };
    }

    /** Creates {@code file} with {@code text}, readable and writable by this process's user only (POSIX). */
    static void writeOwnerOnly(java.nio.file.Path file, String text) throws java.io.IOException {
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.deleteIfExists(file);
        try {
            java.nio.file.Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            java.nio.file.Files.createFile(file); // the data directory's own permissions apply
        }
        java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
