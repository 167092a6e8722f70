package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * First run, as the README describes it: with {@code oversight.security.bootstrap-admin} set and no account
 * yet, the service creates that administrator with a random one-time password printed once to the console.
 * It signs in only halfway (a new password and an authenticator app come first), and a second run with the
 * setting still in place creates nothing and prints no password.
 */
@OversightTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "oversight.security.bootstrap-admin=first-admin")
class BootstrapAdministratorTest {

    static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password:\\s+(\\S+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    @Qualifier("bootstrapAdministrator")
    ApplicationRunner bootstrap;

    @Test
    void the_first_administrator_gets_a_one_time_password_once_and_must_finish_sign_in(CapturedOutput output)
            throws Exception {
        await().until(() -> accounts.find("first-admin").isPresent());
        assertThat(accounts.find("first-admin").orElseThrow().member().role()).isEqualTo(StaffRole.ADMIN);
        assertThat(accounts.find("first-admin").orElseThrow().mustChangePassword()).isTrue();
        Matcher printed = ONE_TIME_PASSWORD.matcher(output.getOut());
        assertThat(printed.find()).as("the one-time password is printed").isTrue();
        String password = printed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(StaffAccounts.MIN_PASSWORD_LENGTH);

        MvcResult wrong = mvc.perform(post("/login").with(csrf()).param("username", "first-admin")
                .param("password", "admin")).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        MvcResult signIn = mvc.perform(post("/login").with(csrf()).param("username", "first-admin")
                .param("password", password)).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");

        int printedBefore = output.getOut().split("one-time password:", -1).length;
        bootstrap.run(new DefaultApplicationArguments());
        assertThat(output.getOut().split("one-time password:", -1).length).isEqualTo(printedBefore);
        assertThat(accounts.count()).isEqualTo(1);
    }
}
