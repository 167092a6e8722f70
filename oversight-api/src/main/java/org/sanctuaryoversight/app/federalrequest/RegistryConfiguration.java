package org.sanctuaryoversight.app.federalrequest;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector;
import org.sanctuaryoversight.complaint.attachment.SealedFiles;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.federalrequest.AttachingDocuments;
import org.sanctuaryoversight.federalrequest.FederalRequestCompliancePolicy;
import org.sanctuaryoversight.federalrequest.FederalRequestModule;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.context.MessageSource;
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

    @Bean
    FederalRequestInput federalRequestInput(DepartmentDirectory departments, AttachmentInspector inspector,
                                            MessageSource messages, RegistryProperties properties, Clock clock) {
        return new FederalRequestInput(departments, inspector, messages, properties, clock);
    }

    @Bean
    DocumentingFederalRequests documentingFederalRequests(CommandGateway commands, FederalRequestInput input,
                                                          AttachingDocuments documents,
                                                          FederalRequestCompliancePolicy policy, ReadModels readModels,
                                                          RegistryProperties properties, Clock clock) {
        return new DocumentingFederalRequests(commands, input, documents, policy, readModels, properties, clock);
    }

    @Bean
    ReadingPublicRegister readingPublicRegister(QueryGateway queries, DepartmentDirectory departments,
                                                MessageSource messages, RegistryProperties properties) {
        return new ReadingPublicRegister(queries, departments, messages, properties);
    }

    @Bean
    ReadingStaffRegister readingStaffRegister(QueryGateway queries, RegistryProperties properties) {
        return new ReadingStaffRegister(queries, properties);
    }
}
