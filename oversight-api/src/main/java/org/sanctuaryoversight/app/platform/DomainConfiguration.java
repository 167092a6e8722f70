package org.sanctuaryoversight.app.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.complaint.intake.ComplaintIntakePolicy;
import org.sanctuaryoversight.complaint.ComplaintModule;
import org.sanctuaryoversight.complaint.status.ComplaintStatusModule;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.ReceiptKeys;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector;
import org.sanctuaryoversight.complaint.attachment.SealedFiles;
import org.sanctuaryoversight.complaint.attachment.AttachmentStore;
import org.sanctuaryoversight.complaint.attachment.GridFsAttachmentStore;
import org.sanctuaryoversight.department.Department;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Wires the Spring-free domain capabilities of {@code oversight-core} into the application. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DepartmentDirectory departmentDirectory(OversightProperties properties) {
        List<OversightProperties.DepartmentEntry> configured = properties.departments() == null
                ? List.of() : properties.departments();
        return DepartmentDirectory.of(configured.stream()
                .map(entry -> new Department(entry.code(), entry.names()))
                .toList());
    }

    /**
     * The keys receipt codes are found by (see ReceiptKeys): a secret file in production
     * ({@code oversight.receipt.key-file}); generated next to the database file in embedded mode.
     */
    @Bean
    ReceiptKeys receiptKeys(OversightProperties properties) {
        return ReceiptKeys.parse(Secrets.embeddedOrRequired(properties, Secrets.RECEIPT_KEY_FILE,
                properties.receipt().keyFile(), "receipt.key", ReceiptKeys::generate,
                "create one with: printf '1:%s\\n' \"$(openssl rand -base64 32)\""));
    }

    @Bean
    ComplaintModule complaintModule() {
        return new ComplaintModule();
    }

    @Bean
    ComplaintStatusModule complaintStatusModule(MongoDatabase database, ReceiptKeys receiptKeys) {
        // Receipts issued before keyed receipts are BCrypt hashes; checking one needs only the matcher (the cost is
        // in the hash).
        return new ComplaintStatusModule(database, receiptKeys, new BCryptPasswordEncoder());
    }

    /** Encrypted attachments in GridFS, beside the events: written by intake, read by casework. */
    @Bean
    AttachmentStore attachmentStore(MongoDatabase database) {
        return new GridFsAttachmentStore(database);
    }

    /** Cleans, seals and stores the files of a case: the complainant's, and the documents staff add to it. */
    @Bean
    SealedFiles sealedFiles(AttachmentInspector attachmentInspector, AttachmentStore attachmentStore,
                            PersonalDataVault vault) {
        return new SealedFiles(attachmentInspector, attachmentStore, vault);
    }

    @Bean
    FilingComplaint filingComplaint(CommandGateway commandGateway, DepartmentDirectory departments,
                                    PersonalDataVault vault, AttachmentInspector attachmentInspector,
                                    AttachmentStore attachmentStore, ReceiptKeys receiptKeys, Clock clock,
                                    ObjectMapper objectMapper) {
        return new FilingComplaint(commandGateway, new ComplaintIntakePolicy(departments, clock), vault,
                attachmentInspector, attachmentStore, receiptKeys, clock, objectMapper);
    }
}
