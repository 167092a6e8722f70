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
import org.springframework.security.crypto.password.PasswordEncoder;

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

    /** BCrypt for receipt codes only; staff passwords have their own encoder. */
    @Bean
    ReceiptEncoder receiptEncoder(OversightProperties properties) {
        return new ReceiptEncoder(new BCryptPasswordEncoder(properties.receipt().bcryptStrength()));
    }

    record ReceiptEncoder(PasswordEncoder encoder) {
    }

    @Bean
    ComplaintModule complaintModule() {
        return new ComplaintModule();
    }

    @Bean
    ComplaintStatusModule complaintStatusModule(MongoDatabase database, ReceiptEncoder receiptEncoder) {
        return new ComplaintStatusModule(database, receiptEncoder.encoder());
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
                                    AttachmentStore attachmentStore, ReceiptEncoder receiptEncoder, Clock clock,
                                    ObjectMapper objectMapper) {
        return new FilingComplaint(commandGateway, new ComplaintIntakePolicy(departments, clock), vault,
                attachmentInspector, attachmentStore, receiptEncoder.encoder(), clock, objectMapper);
    }
}
