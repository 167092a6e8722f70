package org.sanctuaryoversight.app.security;

import org.sanctuaryoversight.privacy.PersonalDataModule;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.context.MessageSource;
import org.sanctuaryoversight.retention.ContactRetention;
import org.sanctuaryoversight.retention.RetentionModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires crypto-shredding, legal holds and the retention policy of complainants' personal data. */
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
}
