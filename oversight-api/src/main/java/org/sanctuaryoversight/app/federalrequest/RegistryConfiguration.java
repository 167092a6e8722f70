package org.sanctuaryoversight.app.federalrequest;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.federalrequest.FederalRequestCompliancePolicy;
import org.sanctuaryoversight.federalrequest.FederalRequestModule;
import org.springframework.context.MessageSource;
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
    FederalRequestModule federalRequestModule(FederalRequestCompliancePolicy policy, MongoDatabase database) {
        return new FederalRequestModule(policy, database);
    }

    @Bean
    DocumentingFederalRequests documentingFederalRequests(CommandGateway commands, DepartmentDirectory departments,
                                                          FederalRequestCompliancePolicy policy,
                                                          MessageSource messages, RegistryProperties properties,
                                                          Clock clock) {
        return new DocumentingFederalRequests(commands, departments, policy, messages, properties, clock);
    }

    @Bean
    ReadingPublicRegister readingPublicRegister(QueryGateway queries, DepartmentDirectory departments,
                                                MessageSource messages, RegistryProperties properties) {
        return new ReadingPublicRegister(queries, departments, messages, properties);
    }
}
