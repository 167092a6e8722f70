package org.sanctuaryoversight.app.security.accounts;

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
 * yet, the service creates that administrator with a random one-time password written to a file in the data
 * directory that only the service user can read (issue 18: never to standard output, which container platforms
 * keep in their logs); the log names the file. It signs in only halfway (a new password and an authenticator app
 * come first), and a second run with the setting still in place creates nothing and writes no password.
 */
@OversightTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "oversight.security.bootstrap-admin=first-admin")
class BootstrapAdministratorTest {

    static final java.nio.file.Path DATA;

    static {
        try {
            DATA = java.nio.file.Files.createTempDirectory("bootstrap-admin");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @org.springframework.test.context.DynamicPropertySource
    static void dataDirectory(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("oversight.embedded.data-directory", DATA::toString);
    }

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
        java.nio.file.Path file = DATA.resolve("bootstrap-admin-password.txt");
        assertThat(file).exists();
        assertThat(java.nio.file.Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        Matcher written = ONE_TIME_PASSWORD.matcher(java.nio.file.Files.readString(file));
        assertThat(written.find()).as("the one-time password is in the file").isTrue();
        String password = written.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(StaffAccounts.MIN_PASSWORD_LENGTH);
        // not on the console, nor in the log, which names the file instead
        assertThat(output.getAll()).doesNotContain(password).contains(file.toAbsolutePath().normalize().toString());

        MvcResult wrong = mvc.perform(post("/login").with(csrf()).param("username", "first-admin")
                .param("password", "admin")).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        MvcResult signIn = mvc.perform(post("/login").with(csrf()).param("username", "first-admin")
                .param("password", password)).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");

        java.nio.file.attribute.FileTime writtenAt = java.nio.file.Files.getLastModifiedTime(file);
        bootstrap.run(new DefaultApplicationArguments());
        assertThat(java.nio.file.Files.readString(file)).contains(password);
        assertThat(java.nio.file.Files.getLastModifiedTime(file)).isEqualTo(writtenAt);
        assertThat(accounts.count()).isEqualTo(1);
    }
}
