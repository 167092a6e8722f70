package org.sanctuaryoversight.app.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.jobrunr.scheduling.JobScheduler;
import org.sanctuaryoversight.app.platform.Secrets;
import org.sanctuaryoversight.complaint.casework.CaseDeadlines;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.notification.ReminderWindow;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Wires notifications: the switch (on when {@code spring.mail.host} is set), the outbox and its postman, the event
 * handlers' processing group, and the daily reminder job. See docs/notifications.md.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    Notifications notifications(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        return new Notifications(Optional.ofNullable(sender.getIfAvailable()), properties);
    }

    /** The SMTP password from a file (a Docker secret) rather than the environment, which {@code docker inspect} shows. */
    @Bean
    static BeanPostProcessor smtpPasswordFromFile(ObjectProvider<NotificationProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JavaMailSenderImpl sender && properties.getObject().passwordFile() != null) {
                    sender.setPassword(Secrets.read("oversight.notifications.password-file",
                            properties.getObject().passwordFile()));
                }
                return bean;
            }
        };
    }

    @Bean
    NotificationOutbox notificationOutbox(MongoDatabase database, Clock clock) {
        return new NotificationOutbox(database, clock);
    }

    @Bean
    Recipients notificationRecipients(QueryGateway queries, CaseHistory history, PersonalDataVault vault,
                                      ObjectMapper json, NotificationProperties properties) {
        return new Recipients(queries, history, vault, json, properties.staffLocale());
    }

    @Bean
    Postman postman(Notifications notifications, NotificationOutbox outbox, Recipients recipients,
                    MessageSource messages, NotificationProperties properties) {
        return new Postman(notifications, outbox, recipients, new LetterWriter(messages, properties.baseUrl()),
                properties.from());
    }

    @Bean
    DeadlineReminders deadlineReminders(Notifications notifications, QueryGateway queries, PostOffice post,
                                        DepartmentDirectory departments, CaseDeadlines deadlines,
                                        NotificationProperties properties, Clock clock) {
        return new DeadlineReminders(notifications, queries, post, departments, deadlines,
                new ReminderWindow(deadlines.calendar(), properties.reminderBusinessDays()), clock);
    }

    /** The daily reminder run, at the configured time in the office's zone; removed while mail is off. */
    @Bean
    ApplicationRunner reminderSchedule(JobScheduler jobs, Notifications notifications,
                                       NotificationProperties properties, CaseDeadlines deadlines) {
        return arguments -> {
            if (notifications.enabled()) {
                String daily = properties.reminderTime().getMinute() + " " + properties.reminderTime().getHour() + " * * *";
                jobs.<DeadlineReminders>scheduleRecurrently(DeadlineReminders.JOB_ID, daily, deadlines.zone(),
                        reminders -> reminders.sendDueReminders());
            } else {
                jobs.deleteRecurringJob(DeadlineReminders.JOB_ID);
            }
        };
    }
}
