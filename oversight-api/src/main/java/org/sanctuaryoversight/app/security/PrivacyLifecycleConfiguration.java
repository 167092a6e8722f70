package org.sanctuaryoversight.app.security;

import java.time.Clock;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.jobrunr.scheduling.JobScheduler;
import org.sanctuaryoversight.complaint.intake.OrphanedComplaintKeys;
import org.sanctuaryoversight.privacy.PersonalDataModule;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.sanctuaryoversight.retention.ContactRetention;
import org.sanctuaryoversight.retention.RetentionModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires crypto-shredding, legal holds, the retention policy of complainants' personal data and the sweep of data
 * keys orphaned by an interrupted filing.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyLifecycleConfiguration {

    @Bean
    PersonalDataModule personalDataModule(PersonalDataVault vault) {
        return new PersonalDataModule(vault);
    }

    @Bean
    PersonalDataReader personalDataReader(PersonalDataVault vault, MessageSource messageSource) {
        return new PersonalDataReader(vault, messageSource);
    }

    /** Resolved as a handler parameter of the retention saga. */
    @Bean
    ContactRetention contactRetention(SecurityProperties properties) {
        return new ContactRetention(properties.contactRetention());
    }

    @Bean
    RetentionModule retentionModule() {
        return new RetentionModule();
    }

    /** Whether a complaint exists is asked of the event store (by aggregate id), which never lags like a read model. */
    @Bean
    OrphanedComplaintKeys orphanedComplaintKeys(PersonalDataVault vault, EventStorageEngine events,
                                                SecurityProperties properties, Clock clock) {
        return new OrphanedComplaintKeys(vault, complaintId -> events.readEvents(complaintId, 0).hasNext(),
                properties.orphanKeyMinimumAge(), clock);
    }

    /** The sweep every {@code oversight.security.orphan-key-sweep}. */
    @Bean
    ApplicationRunner orphanedKeySweepSchedule(JobScheduler jobs, SecurityProperties properties) {
        return arguments -> jobs.<OrphanedKeySweep>scheduleRecurrently(OrphanedKeySweep.JOB_ID,
                properties.orphanKeySweep(), sweep -> sweep.sweep());
    }
}
