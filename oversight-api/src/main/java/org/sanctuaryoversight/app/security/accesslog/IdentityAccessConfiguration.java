package org.sanctuaryoversight.app.security.accesslog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.complaint.identity.IdentityAccessModule;
import org.sanctuaryoversight.complaint.identity.ViewingComplainantIdentity;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the access log: its projection (processing group {@code identity-access}) and the viewing use case. */
@Configuration(proxyBeanMethods = false)
class IdentityAccessConfiguration {

    @Bean
    IdentityAccessModule identityAccessModule(MongoDatabase database) {
        return new IdentityAccessModule(database);
    }

    @Bean
    IdentityAccess identityAccess(CommandGateway commands, QueryGateway queries, PersonalDataVault vault,
                                  ObjectMapper objectMapper, Clock clock) {
        return new IdentityAccess(new ViewingComplainantIdentity(commands, vault, objectMapper, clock), queries);
    }
}
