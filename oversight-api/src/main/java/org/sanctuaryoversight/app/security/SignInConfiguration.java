package org.sanctuaryoversight.app.security;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.app.platform.ClientKeys;
import org.sanctuaryoversight.app.platform.SharedState;
import org.axonframework.queryhandling.QueryGateway;
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
                                PersonalDataVault vault, Clock clock) {
        return new StaffAccounts(commands, queries, staffPasswordEncoder, vault, clock);
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
    SignInFlow signInFlow(StaffAccounts accounts, SignInAttempts attempts) {
        return new SignInFlow(accounts, attempts);
    }

    /**
     * First run: with {@code oversight.security.bootstrap-admin=<userId>} and no account yet, creates that
     * administrator with a random one-time password printed once to the console (never logged). The first
     * sign-in then requires a new password and a TOTP enrolment.
     */
    @Bean
    ApplicationRunner bootstrapAdministrator(SignInProperties properties, StaffAccounts accounts) {
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
            accounts.create(new StaffMember(userId, userId, StaffRole.ADMIN, null), password, true, "bootstrap");
            System.out.println("""

                    ==== Sanctuary Oversight: first administrator created ====
                    user id:            %s
                    one-time password:  %s
                    Sign in at /login: you will set a new password and enrol an authenticator app.
                    This password is shown only this once. Remove oversight.security.bootstrap-admin now.
                    ===========================================================
                    """.formatted(userId, password));
        };
    }
}
