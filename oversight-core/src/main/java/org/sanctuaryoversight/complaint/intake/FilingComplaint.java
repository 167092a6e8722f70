package org.sanctuaryoversight.complaint.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.CleanFile;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.Inspection;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.complaint.attachment.AttachmentStore;
import org.sanctuaryoversight.complaint.attachment.SealedFiles;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * The use case "a person files a complaint", shared by the web form, the partner API and staff entry.
 * It checks the intake rules, creates the complaint's own data key, seals the personal fields, issues
 * the receipt code and sends one command. The receipt code leaves this method once and is kept nowhere.
 *
 * <p>Attachments are checked and cleaned (image metadata removed) together with the other rules, so a
 * refused filing stores nothing; accepted files are sealed with the complaint's key and stored before the
 * command, and taken back if the command fails, so no file outlives a complaint that was not filed.
 */
public final class FilingComplaint {

    private final CommandGateway commands;
    private final ComplaintIntakePolicy intakePolicy;
    private final PersonalDataVault vault;
    private final AttachmentInspector inspector;
    private final SealedFiles sealedFiles;
    private final ReceiptKeys receiptKeys;
    private final Clock clock;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public FilingComplaint(CommandGateway commands, ComplaintIntakePolicy intakePolicy, PersonalDataVault vault,
                           AttachmentInspector inspector, AttachmentStore attachments,
                           ReceiptKeys receiptKeys, Clock clock, ObjectMapper json) {
        this.commands = commands;
        this.intakePolicy = intakePolicy;
        this.vault = vault;
        this.inspector = inspector;
        this.sealedFiles = new SealedFiles(inspector, attachments, vault);
        this.receiptKeys = receiptKeys;
        this.clock = clock;
        this.json = json;
    }

    /**
     * @throws Refusal with every broken rule, before anything is stored
     */
    public FiledComplaint file(ComplaintSubmission submission) {
        List<Ruling> violations = new ArrayList<>(intakePolicy.check(submission));
        Inspection files = inspector.inspect(submission.attachments());
        violations.addAll(files.violations());
        if (!violations.isEmpty()) {
            throw new Refusal(violations);
        }
        String complaintId = UUID.randomUUID().toString();
        PersonalDataVault.NewSubject sealing = vault.createKeyForSealing(complaintId);
        return sealedFiles.storeThen(complaintId, files.files(), stored -> send(submission, complaintId, sealing, stored));
    }

    private FiledComplaint send(ComplaintSubmission submission, String complaintId, PersonalDataVault.NewSubject sealing,
                                List<AttachmentReference> stored) {
        ReceiptCode receiptCode = ReceiptCode.generate(random);
        ContactDetails contact = submission.isAnonymous() || submission.contact() == null || submission.contact().isEmpty()
                ? null : submission.contact();
        String incidentDate = submission.incidentDate();
        commands.sendAndWait(new FileComplaintCommand(
                complaintId,
                clock.instant(),
                sealing.seal("narrative", complaintId, submission.narrative()),
                incidentDate == null || incidentDate.isBlank() ? null
                        : ApproximateDate.parse(incidentDate, LocalDate.now(clock)),
                sealIfPresent(sealing, complaintId, "location", submission.location()),
                submission.departments(),
                submission.allegations(),
                submission.channel(),
                submission.language(),
                submission.isAnonymous(),
                contact == null ? null : sealing.seal("contact", complaintId, toJson(contact)),
                ReceiptCredential.issue(receiptCode, receiptKeys),
                stored));
        return new FiledComplaint(complaintId, receiptCode);
    }

    private static Sealed sealIfPresent(PersonalDataVault.NewSubject sealing, String complaintId, String field,
                                        String value) {
        return value == null || value.isBlank() ? null : sealing.seal(field, complaintId, value.strip());
    }

    private String toJson(ContactDetails contact) {
        try {
            return json.writeValueAsString(contact);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Contact details could not be serialised", e);
        }
    }
}
