package org.sanctuaryoversight.app.intake;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.complaint.ComplaintMessagesModule;
import org.sanctuaryoversight.complaint.ComplaintMessaging;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Wires the intake capability: the conversation projection and the messaging use case. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    ComplaintMessagesModule complaintMessagesModule(MongoDatabase database,
                                                    @Value("${oversight.receipt.bcrypt-strength:10}") int strength) {
        // Verifying a receipt needs only BCrypt's matcher; the strength is read from the stored hash.
        return new ComplaintMessagesModule(database, new BCryptPasswordEncoder(strength));
    }

    @Bean
    ComplaintMessaging complaintMessaging(CommandGateway commands, QueryGateway queries, PersonalDataVault vault,
                                          Clock clock) {
        return new ComplaintMessaging(commands, queries, vault, clock);
    }

}
