package org.sanctuaryoversight.app.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.*;
import org.sanctuaryoversight.complaint.casework.OpenReviewCaseCommand;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.CleanFile;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.Inspection;
import org.sanctuaryoversight.complaint.attachment.AttachmentStore;
import org.sanctuaryoversight.complaint.attachment.AttachmentUpload;
import org.sanctuaryoversight.complaint.attachment.SealedFiles;
import org.sanctuaryoversight.complaint.casework.CaseDeadlines;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.complaint.casework.CaseworkPolicies;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.sanctuaryoversight.complaint.identity.RecordCaseReadCommand;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.complaint.casework.InvestigativeStepKind;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.privacy.PersonalDataVault.PersonalDataShreddedException;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * What the staff pages and the staff API do to a case: seal free text under the case's data key, send one
 * command, and read the case read model. The aggregate's policies decide whether the actor may act; the
 * web layer has already checked the input.
 */
public class Casework {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PersonalDataVault vault;
    private final AttachmentStore attachments;
    private final SealedFiles sealedFiles;
    private final DepartmentDirectory departments;
    private final CaseDeadlines deadlines;
    private final Clock clock;

    Casework(CommandGateway commands, QueryGateway queries, PersonalDataVault vault, AttachmentStore attachments,
             SealedFiles sealedFiles, DepartmentDirectory departments, CaseDeadlines deadlines, Clock clock) {
        this.sealedFiles = sealedFiles;
        this.commands = commands;
        this.queries = queries;
        this.vault = vault;
        this.attachments = attachments;
        this.departments = departments;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    // ---- reading

    public CaseListPage cases(CaseFilter filter, int page, int size) {
        return queries.query(new FindCasesQuery(filter, page, size), ResponseTypes.instanceOf(CaseListPage.class)).join();
    }

    public Optional<CaseDetails> details(String caseId) {
        return queries.query(new FindCaseQuery(caseId), ResponseTypes.optionalInstanceOf(CaseDetails.class)).join();
    }

    public List<TimelineEntry> timeline(String caseId) {
        return queries.query(new FindCaseTimelineQuery(caseId), ResponseTypes.multipleInstancesOf(TimelineEntry.class))
                .join();
    }

    public List<RecommendationView> recommendationsTo(String department, boolean unansweredOnly) {
        return queries.query(new FindDepartmentRecommendationsQuery(department, unansweredOnly),
                ResponseTypes.multipleInstancesOf(RecommendationView.class)).join();
    }

    /** @param assigneeId null for every case */
    public CaseCounts counts(String assigneeId) {
        return queries.query(new CountCasesQuery(assigneeId), ResponseTypes.instanceOf(CaseCounts.class)).join();
    }

    public List<ReferralView> inbox(String department, boolean openOnly) {
        return queries.query(new FindDepartmentReferralsQuery(department, openOnly),
                ResponseTypes.multipleInstancesOf(ReferralView.class)).join();
    }

    /** The plaintext of a sealed value, or empty when the case's personal data was shredded. */
    public Optional<String> open(Sealed sealed) {
        return sealed == null ? Optional.empty() : vault.open(sealed);
    }

    /** A file's plaintext, or empty when it can no longer be read (the case's personal data was shredded). */
    public Optional<byte[]> openAttachment(String caseId, AttachmentView attachment) {
        return attachments.load(attachment.attachmentId()).flatMap(sealed -> vault.openBytes(caseId, attachment.attachmentId(), sealed));
    }

    public boolean departmentExists(String code) {
        return departments.exists(code);
    }

    public DepartmentDirectory departments() {
        return departments;
    }

    public LocalDate defaultReferralDueDate() {
        return deadlines.departmentResponseDue(clock.instant());
    }

    public LocalDate today() {
        return deadlines.day(clock.instant());
    }

    // ---- acting

    /** Opens a self-initiated review case and its data key; returns its identifier. */
    public String openReview(StaffMember actor, String department, String reasonCode, String reason, String source) {
        CaseworkPolicies.OmbudspersonDecides.check(actor).orThrow();
        String caseId = UUID.randomUUID().toString();
        vault.createKey(caseId);
        commands.sendAndWait(new OpenReviewCaseCommand(caseId, now(), department, reasonCode, reason, source));
        return caseId;
    }

    public void acknowledge(String caseId, StaffMember actor) {
        commands.sendAndWait(new AcknowledgeComplaintCommand(caseId, actor, now()));
    }

    public void triage(String caseId, StaffMember actor, TriageDecision decision, String agency, String duplicateOf) {
        commands.sendAndWait(new TriageComplaintCommand(caseId, actor, decision, agency, duplicateOf, now()));
    }

    public void assign(String caseId, StaffMember actor, StaffMember investigator) {
        commands.sendAndWait(new AssignInvestigatorCommand(caseId, actor, investigator, now()));
    }

    public String recordAllegation(String caseId, StaffMember actor, AllegationCategory provision, String department) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordAllegationCommand(caseId, actor, id, provision, department, now()));
        return id;
    }

    public String recordStep(String caseId, StaffMember actor, InvestigativeStepKind kind, String notes) {
        return recordStep(caseId, actor, kind, notes, List.of());
    }

    /** @param documents files already checked and cleaned ({@link #inspect}); sealed and stored with the step */
    public String recordStep(String caseId, StaffMember actor, InvestigativeStepKind kind, String notes,
                             List<CleanFile> documents) {
        String id = UUID.randomUUID().toString();
        Sealed sealedNotes = seal(caseId, "stepNotes", id, notes);
        sealedFiles.storeThen(caseId, documents, stored -> commands.sendAndWait(
                new RecordInvestigativeStepCommand(caseId, actor, id, kind, sealedNotes, now(), stored)));
        return id;
    }

    public org.sanctuaryoversight.complaint.attachment.AttachmentInspector documentLimits() {
        return sealedFiles.limits();
    }

    /** Checks and cleans files a member of staff adds to a case; nothing is stored. */
    public Inspection inspect(List<AttachmentUpload> uploads) {
        return sealedFiles.inspect(uploads);
    }

    public String refer(String caseId, StaffMember actor, String department, String questions, LocalDate dueDate) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new SendDepartmentReferralCommand(caseId, actor, id, department, seal(caseId, "referralQuestions", id, questions),
                now(), dueDate == null ? defaultReferralDueDate() : dueDate));
        return id;
    }

    public void respond(String caseId, String referralId, StaffMember actor, String response) {
        respond(caseId, referralId, actor, response, List.of());
    }

    /** @param documents files the department adds to its answer, already checked and cleaned ({@link #inspect}) */
    public void respond(String caseId, String referralId, StaffMember actor, String response, List<CleanFile> documents) {
        Sealed sealedResponse = seal(caseId, "referralResponse", referralId, response);
        sealedFiles.storeThen(caseId, documents, stored -> commands.sendAndWait(
                new RespondToReferralCommand(caseId, actor, referralId, sealedResponse, now(), stored)));
    }

    public void recordFinding(String caseId, StaffMember actor, String allegationId, Finding finding) {
        commands.sendAndWait(new RecordFindingCommand(caseId, actor, allegationId, finding, now()));
    }

    public String recommend(String caseId, StaffMember actor, String department, String text) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new MakeRecommendationCommand(caseId, actor, id, department, text, now()));
        return id;
    }

    public void answer(String caseId, String recommendationId, StaffMember actor, RecommendationAnswer answer) {
        commands.sendAndWait(new AnswerRecommendationCommand(caseId, actor, recommendationId, answer, now()));
    }

    public void close(String caseId, StaffMember actor, String publicSummary, CaseOutcome confirmedOutcome) {
        commands.sendAndWait(new CloseComplaintCommand(caseId, actor, publicSummary, confirmedOutcome, now()));
    }

    public void reopen(String caseId, StaffMember actor, String reason) {
        commands.sendAndWait(new ReopenComplaintCommand(caseId, actor,
                seal(caseId, "reopenReason", UUID.randomUUID().toString(), reason), now()));
    }

    /** @param actor the case worker who records the withdrawal; null when the complainant withdraws on the status page */
    public void withdraw(String caseId, StaffMember actor) {
        commands.sendAndWait(new WithdrawComplaintCommand(caseId, actor, now()));
    }

    /** Records that {@code reader} is shown the case's sealed material, for the reason they gave. */
    public void recordRead(String caseId, StaffMember reader, IdentityViewPurpose purpose, String note) {
        commands.sendAndWait(new RecordCaseReadCommand(caseId, reader, purpose, note, now()));
    }

    /** Whether the case still has its data key: personal data that "shred now" can destroy. */
    public boolean holdsPersonalData(String caseId) {
        return vault.hasKey(caseId);
    }

    /** Sealed with the case's key, bound to the field and the record (step, referral) it is written for. */
    private Sealed seal(String caseId, String field, String record, String text) {
        String plain = text.strip();
        try {
            return vault.seal(caseId, field, record, plain);
        } catch (PersonalDataShreddedException missingKey) {
            // A review case opened elsewhere (e.g. from a flagged federal request) has no key yet; a complaint whose
            // key was shredded keeps none: its personal data is gone and nothing new is written under it.
            boolean reviewCase = details(caseId).map(d -> d.summary().reviewCase()).orElse(false);
            if (!reviewCase) {
                throw missingKey;
            }
            try {
                vault.createKey(caseId);
            } catch (RuntimeException alreadyCreated) {
                // another request created it first (the key store refuses a second key): use that one
            }
            return vault.seal(caseId, field, record, plain);
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
