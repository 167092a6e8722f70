package org.sanctuaryoversight.app.intake;

import com.mongodb.client.MongoDatabase;
import jakarta.servlet.MultipartConfigElement;
import java.time.Clock;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.app.platform.SharedState;
import org.sanctuaryoversight.app.web.UploadAllowance;
import org.sanctuaryoversight.complaint.messages.ComplaintMessagesModule;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Wires the intake capability: the conversation projection, the messaging use case and attachments. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    ComplaintMessagesModule complaintMessagesModule(MongoDatabase database) {
        return new ComplaintMessagesModule(database);
    }

    @Bean
    ComplaintMessaging complaintMessaging(CommandGateway commands, QueryGateway queries, PersonalDataVault vault,
                                          Clock clock) {
        return new ComplaintMessaging(commands, queries, vault, clock);
    }

    @Bean
    SubmissionTokens submissionTokens(SharedState state, Clock clock) {
        return new SubmissionTokens(state, clock);
    }

    @Bean
    AttachmentInspector attachmentInspector(IntakeProperties properties) {
        return new AttachmentInspector(properties.maxAttachments(), properties.maxAttachmentSize().toBytes());
    }

    /** The complaint forms are the only places that take files, and only up to the configured sizes. */
    @Bean
    UploadAllowance complaintUploads(IntakeProperties properties) {
        return new UploadAllowance(Set.of("/complaints", "/staff/intake"), properties.maxUploadRequestBytes());
    }

    /**
     * Replaces Spring Boot's multipart settings: every part stays in memory (the threshold is the whole
     * request), so an attachment's plaintext is never written to a temporary file; one file's size is checked
     * by the intake rules, with the person's input kept, rather than by the container, which would lose it.
     */
    @Bean
    MultipartConfigElement multipartConfig(IntakeProperties properties) {
        long max = properties.maxUploadRequestBytes();
        return new MultipartConfigElement("", -1L, max, (int) Math.min(Integer.MAX_VALUE, max + 1));
    }

}
