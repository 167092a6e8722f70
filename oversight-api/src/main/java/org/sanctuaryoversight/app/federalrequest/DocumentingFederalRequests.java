package org.sanctuaryoversight.app.federalrequest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.app.federalrequest.FederalRequestInput.NewDocuments;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.CleanFile;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.federalrequest.AmendFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.ApproveFederalRequestPublicSummaryCommand;
import org.sanctuaryoversight.federalrequest.AttachingDocuments;
import org.sanctuaryoversight.federalrequest.DocumentFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.DocumentPurpose;
import org.sanctuaryoversight.federalrequest.FederalRequestCompliancePolicy;
import org.sanctuaryoversight.federalrequest.FederalRequestFacts;
import org.sanctuaryoversight.federalrequest.FederalRequestModule;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.OmbudspersonApprovesPublicRecords;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.OnlyTheDepartmentAndTheOffice;
import org.sanctuaryoversight.federalrequest.OpenFederalRequestDocumentCommand;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.StaffRecord;
import org.sanctuaryoversight.staff.StaffMember;
import org.springframework.stereotype.Component;

/**
 * The registry's use cases for staff: documenting and correcting a federal request (with the department's documents),
 * approving its public version, and opening a document. Input is checked ({@link FederalRequestInput}) in the person's
 * language before one command is sent; who may act is the policies' ruling, asked first, and the aggregate has the
 * last word. After a command the registers are caught up, so the next page shows the new state.
 */
@Component
record DocumentingFederalRequests(CommandGateway commands, FederalRequestInput input, AttachingDocuments documents,
                                  FederalRequestCompliancePolicy policy, ReadModels readModels,
                                  RegistryProperties properties, Clock clock) {

    private static final String[] REGISTERS = {FederalRequestModule.STAFF_REGISTER_PROCESSING_GROUP,
            FederalRequestModule.PUBLIC_REGISTER_PROCESSING_GROUP};

    /** The outcome the liaison is told: the new record's id and whether the office will review it. */
    record Documented(String requestId, boolean flagged) {
    }

    /** A document opened for a stated reason: its bytes exist only in the response being written. */
    record OpenedDocument(String fileName, AttachmentReference reference, byte[] content) {
        @Override
        public String toString() {
            return "OpenedDocument[" + reference.type() + ", " + content.length + " bytes]";
        }
    }

    /** @throws org.sanctuaryoversight.ruling.Refusal 403 when a liaison names another department */
    Documented document(FederalRequestForm form, NewDocuments attached, StaffMember member, Locale locale) {
        mayDocument(member, form.department());
        List<FieldError> errors = new ArrayList<>();
        FederalRequestFacts facts = input.facts(form, locale, errors);
        List<CleanFile> files = input.documents(attached, locale, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Instant now = clock.instant();
        String requestId = UUID.randomUUID().toString();
        documents.storeThen(requestId, files, stored -> commands.sendAndWait(
                new DocumentFederalRequestCommand(requestId, facts, now, member, stored)));
        readModels.awaitCaughtUp(REGISTERS);
        return new Documented(requestId, !policy.evaluate(facts, now).isEmpty());
    }

    void amend(String requestId, FederalRequestForm form, String reason, NewDocuments attached, StaffMember member,
               Locale locale) {
        mayDocument(member, form.department());
        List<FieldError> errors = new ArrayList<>();
        input.text("reason", reason, locale, errors);
        FederalRequestFacts facts = input.facts(form, locale, errors);
        List<CleanFile> files = input.documents(attached, locale, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        documents.storeThen(requestId, files, stored -> commands.sendAndWait(
                new AmendFederalRequestCommand(requestId, facts, reason.strip(), clock.instant(), member, stored)));
        readModels.awaitCaughtUp(REGISTERS);
    }

    void approve(String requestId, String publicSummary, StaffMember member, Locale locale) {
        OmbudspersonApprovesPublicRecords.check(member).orThrow();
        List<FieldError> errors = new ArrayList<>();
        input.text("publicSummary", publicSummary, locale, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        commands.sendAndWait(new ApproveFederalRequestPublicSummaryCommand(requestId, publicSummary.strip(),
                clock.instant(), member, properties.timeZone()));
        readModels.awaitCaughtUp(REGISTERS);
    }

    /**
     * Records the opening on the request (who, when, why), and only then decrypts the document; empty when its data
     * key or its bytes are gone.
     */
    Optional<OpenedDocument> open(StaffRecord record, AttachmentReference document, DocumentPurpose purpose,
                                  String note, StaffMember member) {
        commands.sendAndWait(new OpenFederalRequestDocumentCommand(record.requestId(), document.attachmentId(), member,
                clock.instant(), purpose, note));
        int number = record.documents().indexOf(document) + 1;
        return documents.open(record.requestId(), document).map(bytes -> new OpenedDocument(
                documents.fileName(document).orElse("document-" + number + "." + document.type().extension()),
                document, bytes));
    }

    /** A liaison of department A cannot document for department B: refused before anything is validated. */
    private static void mayDocument(StaffMember member, String department) {
        if (department != null && !department.isBlank()) {
            OnlyTheDepartmentAndTheOffice.check(member, department.strip()).orThrow();
        }
    }
}
