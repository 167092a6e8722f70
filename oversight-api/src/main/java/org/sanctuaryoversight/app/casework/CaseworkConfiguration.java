package org.sanctuaryoversight.app.casework;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import java.util.Set;
import org.sanctuaryoversight.app.web.UploadAllowance;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector;
import org.sanctuaryoversight.complaint.attachment.AttachmentStore;
import org.sanctuaryoversight.complaint.attachment.SealedFiles;
import org.sanctuaryoversight.complaint.casework.CaseDeadlines;
import org.sanctuaryoversight.complaint.casework.CaseworkModule;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires casework: the configured deadlines (injected into the complaint aggregate's handlers), the read model, the service. */
@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

    @Bean
    CaseDeadlines caseDeadlines(CaseworkProperties properties) {
        return properties.deadlines();
    }

    @Bean
    CaseworkModule caseworkModule(MongoDatabase database, CaseDeadlines deadlines) {
        return new CaseworkModule(database, deadlines);
    }

    @Bean
    Casework casework(CommandGateway commands, QueryGateway queries, PersonalDataVault vault,
                      AttachmentStore attachments, SealedFiles sealedFiles, DepartmentDirectory departments,
                      CaseDeadlines deadlines, Clock clock) {
        return new Casework(commands, queries, vault, attachments, sealedFiles, departments, deadlines, clock);
    }

    /** Case pages take documents with a step or a department's answer: the same size rules as a complaint's files. */
    @Bean
    UploadAllowance caseDocumentUploads(AttachmentInspector inspector) {
        return new UploadAllowance(Set.of("/staff/cases/*/steps", "/staff/department/referrals/*/*"),
                inspector.maxFiles() * inspector.maxFileBytes() + org.springframework.util.unit.DataSize.ofMegabytes(1).toBytes());
    }
}
