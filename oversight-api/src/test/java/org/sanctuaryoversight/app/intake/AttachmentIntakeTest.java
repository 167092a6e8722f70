package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.Pdfs;
import org.sanctuaryoversight.app.casework.Casework;
import org.sanctuaryoversight.app.security.accesslog.IdentityAccess;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.CollectionCounts;
import org.sanctuaryoversight.app.support.FormTokens;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.RawHttp;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.complaint.attachment.AttachmentStore;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.IdentityAccessEntry;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.privacy.ShredPersonalDataCommand;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Files with a complaint, end to end: accepted by content, stripped of image metadata, sealed with the
 * complaint's key (neither GridFS nor the event log holds a plaintext byte or file name), downloadable by the
 * ombudsperson and the case's investigator only, each opening recorded in the access log with its reason, gone
 * after shredding; refused files keep the person's input, speak their language and leave
 * every collection as it was; a post larger than the form allows is refused before it is read.
 */
@OversightTest
@AutoConfigureMockMvc
class AttachmentIntakeTest {

    static final StaffPrincipal INVESTIGATOR = new StaffPrincipal(
            new StaffMember("inv-files", "Ines Investigator", StaffRole.INVESTIGATOR, null));
    static final StaffPrincipal OTHER_INVESTIGATOR = new StaffPrincipal(
            new StaffMember("inv-other", "Otto Investigator", StaffRole.INVESTIGATOR, null));
    static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(
            new StaffMember("omb-files", "Olga Ombud", StaffRole.OMBUDSPERSON, null));
    static final StaffPrincipal AUDITOR = new StaffPrincipal(
            new StaffMember("aud-files", "Aldo Auditor", StaffRole.AUDITOR, null));
    static final StaffPrincipal LIAISON = new StaffPrincipal(
            new StaffMember("lia-files", "Lia Liaison", StaffRole.DEPARTMENT_LIAISON, "police"));
    static final String GPS = "GPSLatitude 40.7128 N GPSLongitude 74.0060 W";

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    Serializer serializer;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    AttachmentStore store;
    @Autowired
    Casework casework;
    @Autowired
    IdentityAccess identityAccess;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;

    @Test
    void files_are_cleaned_sealed_and_given_only_to_the_office_until_the_personal_data_is_shredded() throws Exception {
        String narrative = "They photographed my papers at the clinic " + UUID.randomUUID();
        byte[] photo = jpegWithGps();
        byte[] letter = Pdfs.onePage("A letter from the clinic to Maria Lopez");

        mvc.perform(form("/complaints", narrative,
                        new MockMultipartFile("attachments", "escuela-foto.jpg", "image/jpeg", photo),
                        new MockMultipartFile("attachments", "carta.pdf", "application/pdf", letter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"receipt-code\"")));

        ComplaintFiledEvent filed = StoredEvents.ofType(ComplaintFiledEvent.class, database, serializer).stream()
                .filter(e -> vault.open(e.narrative()).orElse("").equals(narrative)).findFirst().orElseThrow();
        String caseId = filed.complaintId();
        assertThat(filed.attachments()).extracting(AttachmentReference::type)
                .containsExactly(AttachmentType.JPEG, AttachmentType.PDF);
        assertThat(vault.open(filed.attachments().get(0).fileName())).contains("escuela-foto.jpg");
        assertThat(filed.attachments().get(1).sizeBytes()).isPositive(); // of the cleaned, fresh document

        // What MongoDB holds is ciphertext only: in GridFS and in the event log.
        for (AttachmentReference reference : filed.attachments()) {
            String stored = new String(store.load(reference.attachmentId()).orElseThrow(), StandardCharsets.ISO_8859_1);
            assertThat(stored).doesNotContain("GPSLatitude", "Maria", "%PDF", "JFIF");
        }
        assertThat(StoredEvents.rawCommits(database)).doesNotContain("escuela-foto.jpg", "carta.pdf");

        await().until(() -> casework.details(caseId).map(d -> d.attachments().size()).orElse(0) == 2);
        String photoId = filed.attachments().get(0).attachmentId();
        String letterId = filed.attachments().get(1).attachmentId();

        // The files are the case workers': the ombudsperson, and the investigator once assigned (security review, high 1).
        casework.acknowledge(caseId, OMBUDSPERSON.member());
        casework.triage(caseId, OMBUDSPERSON.member(), TriageDecision.ACCEPT, null, null);
        casework.assign(caseId, OMBUDSPERSON.member(), INVESTIGATOR.member());
        await().until(() -> INVESTIGATOR.member().userId()
                .equals(casework.details(caseId).orElseThrow().summary().assigneeId()));
        // the file names show once the investigator said why they read the case (they may name the complainant)
        org.springframework.mock.web.MockHttpSession reading = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(post("/staff/cases/{id}/reading", caseId).with(csrf()).with(user(INVESTIGATOR)).session(reading)
                .param("purpose", "WORK_THE_CASE").param("note", "Assigned to me"));
        mvc.perform(get("/staff/cases/{id}", caseId).with(user(INVESTIGATOR)).session(reading))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/staff/cases/" + caseId + "/attachments\"")))
                .andExpect(content().string(containsString("value=\"" + photoId + "\"")))
                .andExpect(content().string(containsString("escuela-foto.jpg")));
        mvc.perform(get("/staff/cases/{id}", caseId).with(user(AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("escuela-foto.jpg"))))
                .andExpect(content().string(not(containsString("/attachments\""))));

        // No reason, no file, and nothing recorded: the form comes back with the errors, in the reader's language.
        long viewsBefore = fileViews(caseId);
        mvc.perform(open(caseId, photoId, INVESTIGATOR, null, " ").locale(Locale.forLanguageTag("es")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("id=\"file-purpose-error\"")))
                .andExpect(content().string(containsString("id=\"file-note-error\"")));
        assertThat(fileViews(caseId)).isEqualTo(viewsBefore);

        byte[] downloaded = mvc.perform(open(caseId, photoId, INVESTIGATOR, "EXAMINE_EVIDENCE", "Check the photo's date."))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("escuela-foto.jpg")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(downloaded, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude", "Maria");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(downloaded));
        assertThat(image.getWidth()).isEqualTo(24);
        assertThat(mvc.perform(open(caseId, letterId, INVESTIGATOR, "EXAMINE_EVIDENCE", "Read the letter."))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray())
                .matches(stored -> Pdfs.isCleanedOnePage(stored, "Maria Lopez"), "the cleaned letter");

        // Every opening is in the access log: who, when, why, and which file.
        await().until(() -> fileViews(caseId) == viewsBefore + 2);
        assertThat(identityAccess.log(caseId, 0, 50).entries()).filteredOn(IdentityAccessEntry::fileView)
                .extracting(IdentityAccessEntry::attachmentId, IdentityAccessEntry::viewedBy, IdentityAccessEntry::note)
                .containsExactlyInAnyOrder(tuple(photoId, "inv-files", "Check the photo's date."),
                        tuple(letterId, "inv-files", "Read the letter."));

        mvc.perform(open(caseId, photoId, AUDITOR, "EXAMINE_EVIDENCE", "Audit."))
                .andExpect(status().isForbidden());
        mvc.perform(open(caseId, photoId, LIAISON, "EXAMINE_EVIDENCE", "Curious."))
                .andExpect(status().isForbidden());
        mvc.perform(open(caseId, "not-an-attachment", INVESTIGATOR, "EXAMINE_EVIDENCE", "Which one?"))
                .andExpect(status().isBadRequest());

        // Given to another investigator, the files are theirs and the ombudsperson's, like the contact details.
        casework.assign(caseId, OMBUDSPERSON.member(), OTHER_INVESTIGATOR.member());
        await().until(() -> OTHER_INVESTIGATOR.member().userId()
                .equals(casework.details(caseId).orElseThrow().summary().assigneeId()));
        mvc.perform(open(caseId, photoId, INVESTIGATOR, "EXAMINE_EVIDENCE", "Still curious."))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/cases/{id}", caseId).with(user(INVESTIGATOR)).session(reading))
                .andExpect(status().isForbidden());
        mvc.perform(open(caseId, photoId, OTHER_INVESTIGATOR, "EXAMINE_EVIDENCE", "My case now."))
                .andExpect(status().isOk());

        commands.sendAndWait(new ShredPersonalDataCommand(caseId, "complainant asked", "omb-files"));
        await().until(() -> vault.open(filed.narrative()).isEmpty());
        mvc.perform(open(caseId, photoId, OMBUDSPERSON, "LEGAL_REQUIREMENT", "Records request 2026-7."))
                .andExpect(status().isGone());
    }

    /** Views of the case's files on the access log (reading the case itself is logged too, as another kind of entry). */
    private long fileViews(String caseId) {
        return identityAccess.log(caseId, 0, 100).entries().stream().filter(IdentityAccessEntry::fileView).count();
    }

    private static MockHttpServletRequestBuilder open(String caseId, String attachmentId, StaffPrincipal who,
                                                      String purpose, String note) {
        MockHttpServletRequestBuilder request = post("/staff/cases/{id}/attachments", caseId).with(csrf()).with(user(who))
                .param("attachmentId", attachmentId).param("note", note);
        return purpose == null ? request : request.param("purpose", purpose);
    }

    @Test
    void a_refused_file_keeps_the_input_answers_in_spanish_and_stores_nothing() throws Exception {
        Map<String, Long> before = settledCounts();
        byte[] program = "MZ\u0090\0 not a photo at all".getBytes(StandardCharsets.ISO_8859_1);

        mvc.perform(form("/complaints", "Me quitaron el teléfono en la escuela",
                        new MockMultipartFile("attachments", "foto.jpg", "image/jpeg", program),
                        new MockMultipartFile("attachments", "bien.jpg", "image/jpeg", jpegWithGps()))
                        .locale(Locale.forLanguageTag("es")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"attachments-error\"")))
                .andExpect(content().string(containsString("no es PDF, JPEG, PNG ni HEIC")))
                .andExpect(content().string(containsString("Elíjalos de nuevo")))
                .andExpect(content().string(containsString("Me quitaron el teléfono en la escuela</textarea>")));

        mvc.perform(form("/complaints", "Too many files", pdf("1.pdf"), pdf("2.pdf"), pdf("3.pdf"), pdf("4.pdf"),
                        pdf("5.pdf"), pdf("6.pdf")).locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 5 files")));

        mvc.perform(form("/complaints", "Big file", new MockMultipartFile("attachments", "big.pdf", "application/pdf",
                        Arrays.copyOf("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 10 * 1024 * 1024 + 1)))
                        .locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("larger than 10 MB")));

        assertThat(settledCounts()).as("every collection unchanged, GridFS included").isEqualTo(before);
    }

    @Test
    void staff_entry_takes_files_too() throws Exception {
        String narrative = "Letter received by post " + UUID.randomUUID();
        mvc.perform(form("/staff/intake", narrative, pdf("letter.pdf")).param("channel", "MAIL").with(user(INVESTIGATOR)))
                .andExpect(status().isOk());
        ComplaintFiledEvent filed = StoredEvents.ofType(ComplaintFiledEvent.class, database, serializer).stream()
                .filter(e -> vault.open(e.narrative()).orElse("").equals(narrative)).findFirst().orElseThrow();
        assertThat(filed.attachments()).singleElement()
                .satisfies(a -> assertThat(a.type()).isEqualTo(AttachmentType.PDF));
    }

    @Test
    void a_form_post_larger_than_every_file_at_its_largest_is_refused_before_it_is_read() throws Exception {
        Map<String, Long> before = settledCounts();
        long declared = 5L * 10 * 1024 * 1024 + 2 * 1024 * 1024;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /complaints HTTP/1.1\r\nHost: localhost\r\nAccept-Language: es\r\nAccept: text/html\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + declared + "\r\n\r\n"
                    + "--xyz\r\nContent-Disposition: form-data; name=\"narrative\"\r\n\r\nhello\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = RawHttp.answer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("Los archivos son demasiado grandes");
        }
        assertThat(settledCounts()).isEqualTo(before);
    }

    // ---- helpers

    private static MockMultipartHttpServletRequestBuilder form(String path, String narrative, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.param("narrative", narrative).param("allegations", "OTHER").param("anonymous", "yes")
                .param("submissionToken", FormTokens.fresh()).with(csrf());
        return request;
    }

    private static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("attachments", name, "application/pdf", Pdfs.onePage(name));
    }

    /** A small JPEG with an EXIF segment holding a GPS position, as a phone writes one. */
    static byte[] jpegWithGps() throws IOException {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        byte[] jpeg = out.toByteArray();
        byte[] exif = ("Exif\0\0MM\0*" + GPS + " Maria's phone").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(jpeg, 0, 2);
        tagged.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)});
        tagged.write(exif);
        tagged.write(jpeg, 2, jpeg.length - 2);
        return tagged.toByteArray();
    }

    private Map<String, Long> settledCounts() {
        Processors.awaitCaughtUp(processing, events, 2);
        return CollectionCounts.of(database);
    }
}
