package org.sanctuaryoversight.app.federalrequest;

import org.sanctuaryoversight.federalrequest.FederalRequestCompliancePolicy;
import org.sanctuaryoversight.federalrequest.FederalRequestModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the federal request capability of {@code oversight-core} into the application. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    FederalRequestCompliancePolicy federalRequestCompliancePolicy(RegistryProperties properties) {
        return new FederalRequestCompliancePolicy(properties.documentationDeadlineDays());
    }

    @Bean
    FederalRequestModule federalRequestModule(FederalRequestCompliancePolicy policy) {
        return new FederalRequestModule(policy);
    }
}
