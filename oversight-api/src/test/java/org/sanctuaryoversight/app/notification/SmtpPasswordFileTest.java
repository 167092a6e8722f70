package org.sanctuaryoversight.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.app.platform.Secrets.MissingSecretsException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP password may come from a file (a Docker secret), like every other secret; a missing file is named. */
class SmtpPasswordFileTest {

    @TempDir
    Path directory;

    @Test
    void the_password_is_read_from_the_file_and_a_missing_file_stops_the_start() throws Exception {
        Path file = Files.writeString(directory.resolve("smtp_password"), "s3cret-from-file\n");
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        processor(file).postProcessBeforeInitialization(sender, "mailSender");
        assertThat(sender.getPassword()).isEqualTo("s3cret-from-file");

        Path missing = directory.resolve("absent");
        assertThatThrownBy(() -> processor(missing).postProcessBeforeInitialization(new JavaMailSenderImpl(), "mailSender"))
                .isInstanceOf(MissingSecretsException.class)
                .hasMessageContaining("oversight.notifications.password-file").hasMessageContaining("does not exist");
    }

    @Test
    void without_a_file_the_password_setting_is_left_alone() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setPassword("from-spring.mail.password");
        processor(null).postProcessBeforeInitialization(sender, "mailSender");
        assertThat(sender.getPassword()).isEqualTo("from-spring.mail.password");
    }

    private static BeanPostProcessor processor(Path passwordFile) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("properties", new NotificationProperties("", "", "en", 3, LocalTime.of(7, 0), passwordFile));
        return NotificationConfiguration.smtpPasswordFromFile(beans.getBeanProvider(NotificationProperties.class));
    }
}
