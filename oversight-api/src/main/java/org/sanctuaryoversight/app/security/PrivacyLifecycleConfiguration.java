package org.sanctuaryoversight.app.security;

import org.sanctuaryoversight.privacy.PersonalDataModule;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.context.MessageSource;
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

    @Bean
    ContactRetentionPolicy contactRetentionPolicy(SecurityProperties properties) {
        return new ContactRetentionPolicy(properties.contactRetention());
    }
}
