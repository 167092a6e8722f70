package org.sanctuaryoversight.app.storeddata;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sanctuaryoversight.app.OversightApplication;
import org.sanctuaryoversight.app.casework.Casework;
import org.sanctuaryoversight.app.security.IdentityAccess;
import org.sanctuaryoversight.app.security.StaffAccounts;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.complaint.AllegationCategory;
import org.sanctuaryoversight.complaint.ComplaintMessaging;
import org.sanctuaryoversight.complaint.ComplaintStatusView;
import org.sanctuaryoversight.complaint.ComplaintSubmission;
import org.sanctuaryoversight.complaint.FindComplaintStatusQuery;
import org.sanctuaryoversight.complaint.ReceiptCode;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.complaint.ContactDetails;
import org.sanctuaryoversight.complaint.ContactMethod;
import org.sanctuaryoversight.complaint.FiledComplaint;
import org.sanctuaryoversight.complaint.FilingComplaint;
import org.sanctuaryoversight.complaint.IntakeChannel;
import org.sanctuaryoversight.complaint.attachment.AttachmentUpload;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.CaseDetails;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.complaint.casework.InvestigativeStepKind;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.sanctuaryoversight.federalrequest.AmendFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.ApproveFederalRequestPublicSummaryCommand;
import org.sanctuaryoversight.federalrequest.DocumentFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.FederalAgency;
import org.sanctuaryoversight.federalrequest.FederalRequestFacts;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.RequestChannel;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.privacy.LiftLegalHoldCommand;
import org.sanctuaryoversight.privacy.PlaceLegalHoldCommand;
import org.sanctuaryoversight.privacy.ShredPersonalDataCommand;
import org.sanctuaryoversight.report.BundleRenderer;
import org.sanctuaryoversight.report.PublishingReport;
import org.sanctuaryoversight.report.ReportArchive;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Makes the stored-data fixture that {@link StoredDataFixtureTest} starts the service on: an embedded data file
 * written by the code of the day it was made, with a few complaints through every stage of casework, messages both
 * ways, an attachment, an access-log entry, legal hold and shredding, staff accounts with TOTP, flagged and approved
 * federal requests, and a published report in two versions. It is run once, by hand, and its output committed:
 *
 * <pre>mvn -pl oversight-api -am verify -Dtest=StoredDataFixtureGenerator -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfixture.generate=/tmp/fixture</pre>
 *
 * Never regenerate a committed fixture: its point is that data written by earlier code keeps loading. Make a new one
 * beside it instead. The clock starts in February 2025 (period 1 of the default reporting calendar), so that the
 * period has ended when it is published.
 */
@EnabledIfSystemProperty(named = "fixture.generate", matches = ".+")
class StoredDataFixtureGenerator {

    static final String PASSWORD = "stored-data-fixture-password";

    /** A clock the generator moves forward by hand. */
    static final class MovableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        void set(String instant) {
            now.set(Instant.parse(instant));
        }
    }

    static final MovableClock CLOCK = new MovableClock();

    @Configuration(proxyBeanMethods = false)
    static class FixtureClock {
        @Bean
        @Primary
        Clock fixtureClock() {
            return CLOCK;
        }
    }

    @Test
    void generate() throws Exception {
        Path target = Path.of(System.getProperty("fixture.generate"));
        Path data = target.resolve("data");
        Files.createDirectories(data);
        CLOCK.set("2025-02-03T15:00:00Z");
        Map<String, Object> manifest = new LinkedHashMap<>();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OversightApplication.class,
                FixtureClock.class)
                .run("--server.port=0", "--spring.main.allow-bean-definition-overriding=true",
                        "--oversight.embedded.persistent=true", "--oversight.embedded.data-directory=" + data,
                        "--oversight.security.contact-retention=P36500D", "--oversight.receipt.bcrypt-strength=4",
                        "--oversight.security.password-strength=4", "--logging.level.root=WARN")) {
            generate(app, manifest);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(target.resolve("expected.json"), json.writeValueAsString(manifest));
        zip(data, target.resolve("data.zip"));
    }

    private void generate(ConfigurableApplicationContext app, Map<String, Object> manifest) throws Exception {
        FilingComplaint filing = app.getBean(FilingComplaint.class);
        Casework casework = app.getBean(Casework.class);
        ComplaintMessaging messaging = app.getBean(ComplaintMessaging.class);
        IdentityAccess identity = app.getBean(IdentityAccess.class);
        StaffAccounts accounts = app.getBean(StaffAccounts.class);
        CommandGateway commands = app.getBean(CommandGateway.class);

        StaffMember ombud = new StaffMember("ombud", "Olivia Ombud", StaffRole.OMBUDSPERSON, null);
        StaffMember investigator = new StaffMember("ivan", "Ivan Investigator", StaffRole.INVESTIGATOR, null);
        StaffMember police = new StaffMember("paula", "Paula Police Liaison", StaffRole.DEPARTMENT_LIAISON, "police");
        StaffMember sheriff = new StaffMember("sam", "Sam Sheriff Liaison", StaffRole.DEPARTMENT_LIAISON, "sheriff");
        StaffMember auditor = new StaffMember("audrey", "Audrey Auditor", StaffRole.AUDITOR, null);
        StaffMember admin = new StaffMember("adam", "Adam Admin", StaffRole.ADMIN, null);
        byte[] totp = new byte[20];
        for (int i = 0; i < totp.length; i++) {
            totp[i] = (byte) (i * 7 + 3);
        }
        for (StaffMember member : List.of(ombud, investigator, police, sheriff, auditor, admin)) {
            accounts.create(member, PASSWORD, false, "fixture");
        }
        accounts.enrollTotp("ombud", totp);
        accounts.enrollTotp("adam", totp);
        accounts.disable("sam", "adam");
        manifest.put("password", PASSWORD);
        manifest.put("totpSecretBase64", Base64.getEncoder().encodeToString(totp));

        Map<String, Object> complaints = new LinkedHashMap<>();
        manifest.put("complaints", complaints);

        // 1. Through every stage to closure: allegation, step, referral and answer, finding, recommendation and answer,
        //    messages both ways, a look at the contact details; closed.
        FiledComplaint closed = filing.file(new ComplaintSubmission(
                "Un agente me preguntó dónde nací durante una parada de tráfico en la calle 5.", "2025-01",
                "5th and Main", Set.of("police"), Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS),
                IntakeChannel.WEB_FORM, "es", false,
                new ContactDetails("Rosa Example", "rosa@example.org", "+1 555 0100", null, ContactMethod.EMAIL),
                List.of(new AttachmentUpload("ticket.png", png()))));
        tick("2025-02-04T10:00:00Z");
        casework.acknowledge(closed.complaintId(), ombud);
        casework.triage(closed.complaintId(), ombud, TriageDecision.ACCEPT, null, null);
        casework.assign(closed.complaintId(), ombud, investigator);
        String allegation = casework.recordAllegation(closed.complaintId(), investigator,
                AllegationCategory.INQUIRING_ABOUT_STATUS, "police");
        casework.recordStep(closed.complaintId(), investigator, InvestigativeStepKind.RECORDS_REVIEW,
                "Read the stop report and the body camera log.");
        messaging.sendFromOffice(closed.complaintId(), investigator, "Gracias. ¿Recuerda la hora de la parada?");
        tick("2025-02-05T09:30:00Z");
        messaging.sendFromComplainant(closed.complaintId(), "Fue alrededor de las 8 de la noche.");
        identity.view(closed.complaintId(), investigator, IdentityViewPurpose.CONTACT_ABOUT_CASE,
                "Calling to confirm the time of the stop.");
        CaseDetails withFile = casework.details(closed.complaintId()).orElseThrow();
        identity.openFile(closed.complaintId(), withFile.attachments().get(0).attachmentId(), investigator,
                IdentityViewPurpose.CONTACT_ABOUT_CASE, "Reading the ticket the complainant sent.");
        String referral = casework.refer(closed.complaintId(), investigator, "police",
                "Does the department's stop policy allow questions about place of birth?", LocalDate.of(2025, 3, 7));
        tick("2025-02-20T16:00:00Z");
        casework.respond(closed.complaintId(), referral, police, "No. The officer has been retrained.");
        casework.recordFinding(closed.complaintId(), ombud, allegation, Finding.SUSTAINED);
        String recommendation = casework.recommend(closed.complaintId(), ombud, "police",
                "Remind every patrol officer that questions about place of birth are prohibited.");
        casework.answer(closed.complaintId(), recommendation, police, RecommendationAnswer.ACCEPTED);
        tick("2025-02-27T11:00:00Z");
        casework.close(closed.complaintId(), ombud,
                "The office found that an officer asked about place of birth; the department retrained the officer.");
        messaging.sendFromOffice(closed.complaintId(), ombud, "Su caso está cerrado. Gracias por escribirnos.");
        complaints.put("closed", entry(closed));

        // 2. Closed and reopened: investigation goes on.
        FiledComplaint reopened = filing.file(new ComplaintSubmission(
                "Jail staff let immigration agents interview my brother without a lawyer.", "2025-01-20", null,
                Set.of("sheriff"), Set.of(AllegationCategory.CUSTODY_INTERVIEW), IntakeChannel.PARTNER_API, "en", true,
                null));
        tick("2025-03-03T10:00:00Z");
        casework.acknowledge(reopened.complaintId(), investigator);
        casework.triage(reopened.complaintId(), ombud, TriageDecision.ACCEPT, null, null);
        String custody = casework.recordAllegation(reopened.complaintId(), ombud, AllegationCategory.CUSTODY_INTERVIEW,
                "sheriff");
        casework.recordFinding(reopened.complaintId(), ombud, custody, Finding.NOT_SUSTAINED);
        casework.close(reopened.complaintId(), ombud, "The office could not confirm the interview took place.");
        tick("2025-03-10T10:00:00Z");
        casework.reopen(reopened.complaintId(), ombud, "A visitor log shows two federal agents on that day.");
        casework.assign(reopened.complaintId(), ombud, investigator);
        String sheriffReferral = casework.refer(reopened.complaintId(), investigator, "sheriff",
                "Please send the visitor log for January 20.", LocalDate.of(2025, 3, 24));
        complaints.put("reopened", entry(reopened));
        manifest.put("openSheriffReferral", sheriffReferral);

        // 3. Declined at triage in three ways, and one withdrawn by the complainant.
        FiledComplaint noJurisdiction = file(filing, "A federal officer was rude to me at the airport.", "en", IntakeChannel.PHONE);
        casework.acknowledge(noJurisdiction.complaintId(), ombud);
        casework.triage(noJurisdiction.complaintId(), ombud, TriageDecision.NO_JURISDICTION, null, null);
        casework.close(noJurisdiction.complaintId(), ombud, "Outside the ordinance: a federal agency, not the city.");
        complaints.put("noJurisdiction", entry(noJurisdiction));

        FiledComplaint referred = file(filing, "A school shared a student's address with an agency.", "en", IntakeChannel.MAIL);
        casework.acknowledge(referred.complaintId(), ombud);
        casework.triage(referred.complaintId(), ombud, TriageDecision.REFER_TO_OTHER_AGENCY, "State Attorney General", null);
        complaints.put("referredOut", entry(referred));

        FiledComplaint duplicate = file(filing, "Same traffic stop on 5th and Main, as my cousin already said.", "es",
                IntakeChannel.WEB_FORM);
        casework.acknowledge(duplicate.complaintId(), ombud);
        casework.triage(duplicate.complaintId(), ombud, TriageDecision.DUPLICATE, null, closed.complaintId());
        complaints.put("duplicate", entry(duplicate));

        FiledComplaint withdrawn = file(filing, "Housing inspectors asked for my papers.", "es", IntakeChannel.IN_PERSON);
        casework.acknowledge(withdrawn.complaintId(), ombud);
        casework.withdraw(withdrawn.complaintId(), ombud);
        complaints.put("withdrawn", entry(withdrawn));

        // 4. Never acknowledged (its acknowledgement deadline passes), under a legal hold placed and lifted, and one
        //    whose personal data was shredded.
        FiledComplaint waiting = filing.file(new ComplaintSubmission("Nobody answered my call about a detainer.",
                "2025", null, Set.of(), Set.of(AllegationCategory.HONOURING_DETAINER_OR_TRANSFER, AllegationCategory.OTHER),
                IntakeChannel.WEB_FORM, "en", false,
                new ContactDetails(null, null, "+1 555 0199", null, ContactMethod.PHONE)));
        commands.sendAndWait(new PlaceLegalHoldCommand(waiting.complaintId(), "Litigation hold from the city attorney", "ombud"));
        commands.sendAndWait(new LiftLegalHoldCommand(waiting.complaintId(), "Hold released", "ombud"));
        complaints.put("unacknowledged", entry(waiting));

        FiledComplaint shredded = filing.file(new ComplaintSubmission("Please delete what I wrote, I am scared.",
                null, "Elm Street", Set.of("police"), Set.of(AllegationCategory.RETALIATION), IntakeChannel.WEB_FORM,
                "en", false, new ContactDetails("Tom Example", "tom@example.org", null, null, ContactMethod.EMAIL)));
        casework.acknowledge(shredded.complaintId(), ombud);
        commands.sendAndWait(new ShredPersonalDataCommand(shredded.complaintId(), "Complainant asked for erasure", "ombud"));
        complaints.put("shredded", entry(shredded));

        // 5. Complaints filed through the partner API in the same weeks, so that the published tables hold counts
        //    large enough to pass the disclosure audit (a period of eight complaints publishes nothing useful).
        List<String> bulkDepartments = List.of("police", "sheriff", "schools");
        List<AllegationCategory> bulkCategories = List.of(AllegationCategory.OTHER, AllegationCategory.CUSTODY_INTERVIEW,
                AllegationCategory.INQUIRING_ABOUT_STATUS, AllegationCategory.HONOURING_DETAINER_OR_TRANSFER);
        for (int i = 0; i < 96; i++) {
            filing.file(new ComplaintSubmission("Partner intake " + i, "2025-02", null,
                    Set.of(bulkDepartments.get(i % 3)), Set.of(bulkCategories.get((i / 3) % 4)),
                    IntakeChannel.PARTNER_API, i % 2 == 0 ? "en" : "es", true, null));
        }

        // 6. Federal requests: a detainer honoured without a judicial warrant (flagged; a review case opens), its
        //    public summary approved; a declined request documented and amended; one documented late.
        tick("2025-03-12T14:00:00Z");
        String detainer = UUID.randomUUID().toString();
        commands.sendAndWait(new DocumentFederalRequestCommand(detainer, new FederalRequestFacts("sheriff",
                Instant.parse("2025-03-11T08:00:00Z"), FederalAgency.ICE_ERO, RequestChannel.EMAIL,
                List.of(RequestType.DETAINER_HOLD, RequestType.RELEASE_DATE_NOTIFICATION), LegalDocument.DETAINER,
                FederalRequestResponse.COMPLIED, "ICE asked the jail to hold a person 48 hours past release.",
                "The shift supervisor honoured it."), CLOCK.instant(), sheriff));
        commands.sendAndWait(new ApproveFederalRequestPublicSummaryCommand(detainer,
                "ICE asked the county jail to hold a person past release; the jail complied without a judicial warrant.",
                CLOCK.instant(), ombud, ZoneOffset.UTC));
        String declined = UUID.randomUUID().toString();
        FederalRequestFacts declinedFacts = new FederalRequestFacts("police", Instant.parse("2025-03-12T09:00:00Z"),
                FederalAgency.ICE_HSI, RequestChannel.PHONE, List.of(RequestType.DATABASE_OR_SURVEILLANCE_DATA),
                LegalDocument.NONE, FederalRequestResponse.DECLINED, "HSI asked for license plate reader searches.",
                "No judicial warrant.");
        commands.sendAndWait(new DocumentFederalRequestCommand(declined, declinedFacts, CLOCK.instant(), police));
        commands.sendAndWait(new AmendFederalRequestCommand(declined, new FederalRequestFacts("police",
                declinedFacts.receivedAt(), FederalAgency.ICE_HSI, RequestChannel.EMAIL, declinedFacts.requestTypes(),
                LegalDocument.ADMINISTRATIVE_SUBPOENA, FederalRequestResponse.DECLINED, declinedFacts.description(),
                declinedFacts.justification()), "It came by e-mail, with an administrative subpoena.",
                CLOCK.instant(), police));
        commands.sendAndWait(new ApproveFederalRequestPublicSummaryCommand(declined,
                "HSI asked the police for license plate reader data; the department declined.", CLOCK.instant(), ombud,
                ZoneOffset.UTC));
        String late = UUID.randomUUID().toString();
        commands.sendAndWait(new DocumentFederalRequestCommand(late, new FederalRequestFacts("police",
                Instant.parse("2025-02-20T09:00:00Z"), FederalAgency.CBP, RequestChannel.IN_PERSON,
                List.of(RequestType.INFORMATION_ABOUT_PERSON), LegalDocument.NONE, FederalRequestResponse.DECLINED,
                "A CBP officer asked the front desk for a resident's address.", "Not public information."),
                CLOCK.instant(), police));
        manifest.put("federalRequests", Map.of("detainer", detainer, "declinedAmended", declined, "documentedLate", late));

        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        EventStore events = app.getBean(EventStore.class);
        Processors.awaitCaughtUp(processing, events, 4);

        // 7. Publish period 1 (2025-01-01 to 2025-03-31) once it has ended, then a corrected version 2.
        tick("2025-04-02T12:00:00Z");
        Processors.awaitCaughtUp(processing, events, 4);
        PublishingReport publishing = app.getBean(PublishingReport.class);
        ReportArchive archive = app.getBean(ReportArchive.class);
        BundleRenderer renderer = app.getBean(BundleRenderer.class);
        publishing.publish(1, ombud, null);
        await().atMost(Duration.ofSeconds(60)).until(() -> archive.find(1, 1).isPresent());
        tick("2025-04-09T12:00:00Z");
        publishing.publish(1, ombud, "A late-documented request was added to the federal request table.");
        await().atMost(Duration.ofSeconds(60)).until(() -> archive.find(1, 2).isPresent());
        Map<String, Object> reports = new LinkedHashMap<>();
        for (int version = 1; version <= 2; version++) {
            Map<String, String> files = new LinkedHashMap<>();
            renderer.render(archive.find(1, version).orElseThrow()).files().forEach((name, bytes) ->
                    files.put(name, sha256(bytes)));
            reports.put("1/v" + version, files);
        }
        manifest.put("reports", reports);
        manifest.put("publicKeyPem", renderer.publicKeyPem());

        // Let the durable deadlines of 2025 fire (JobRunr polls in real time) and every processor catch up.
        Thread.sleep(Duration.ofSeconds(40).toMillis());
        Processors.awaitCaughtUp(processing, events, 4);
        QueryGateway queries = app.getBean(QueryGateway.class);
        for (Object value : ((Map<?, ?>) manifest.get("complaints")).values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> complaint = (Map<String, Object>) value;
            ComplaintStatusView status = queries.query(new FindComplaintStatusQuery(ReceiptCode.parse(
                    (String) complaint.get("receiptCode")).orElseThrow()),
                    ResponseTypes.optionalInstanceOf(ComplaintStatusView.class)).join().orElseThrow();
            complaint.put("status", status.status().name());
            complaint.put("outcome", status.outcome() == null ? null : status.outcome().name());
            complaint.put("publicSummary", status.publicSummary());
        }
        manifest.put("eventCount", app.getBean(com.mongodb.client.MongoDatabase.class)
                .getCollection(org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine.SEQUENCE)
                .find().first().get("value"));
    }

    private static FiledComplaint file(FilingComplaint filing, String narrative, String language, IntakeChannel channel) {
        return filing.file(new ComplaintSubmission(narrative, null, null, Set.of("police"),
                Set.of(AllegationCategory.OTHER), channel, language, true, null));
    }

    private static Map<String, Object> entry(FiledComplaint filed) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("complaintId", filed.complaintId());
        entry.put("receiptCode", filed.receiptCode().formatted());
        return entry;
    }

    private static void tick(String instant) {
        CLOCK.set(instant);
    }

    /** A 1×1 PNG. */
    private static byte[] png() {
        return Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void zip(Path directory, Path zipFile) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             var files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        Files.write(zipFile, bytes.toByteArray());
        Files.writeString(zipFile.resolveSibling("made-with.txt"),
                "Made by StoredDataFixtureGenerator on " + Instant.now() + "\n", StandardCharsets.UTF_8);
    }
}
