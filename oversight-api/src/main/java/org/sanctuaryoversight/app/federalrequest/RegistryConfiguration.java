package org.sanctuaryoversight.app.federalrequest;

import com.mongodb.client.MongoDatabase;
import org.sanctuaryoversight.complaint.attachment.SealedFiles;
import org.sanctuaryoversight.federalrequest.AttachingDocuments;
import org.sanctuaryoversight.federalrequest.FederalRequestCompliancePolicy;
import org.sanctuaryoversight.federalrequest.FederalRequestModule;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the federal request capability of {@code oversight-core} into the application. Documents use the complaint
 * attachment machinery: the same inspector (and its limits, {@code oversight.intake.max-attachment*}), the same
 * encrypted store, the same vault with a data key per request.
 */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    FederalRequestCompliancePolicy federalRequestCompliancePolicy(RegistryProperties properties) {
        return new FederalRequestCompliancePolicy(properties.documentationDeadlineDays());
    }

    @Bean
    FederalRequestModule federalRequestModule(FederalRequestCompliancePolicy policy, MongoDatabase database) {
        return new FederalRequestModule(policy, database);
    }

    @Bean
    AttachingDocuments attachingFederalRequestDocuments(SealedFiles files, PersonalDataVault vault) {
        return new AttachingDocuments(files, vault);
    }
}
