package org.sanctuaryoversight.app.federalrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.Pdfs;
import org.sanctuaryoversight.app.security.accesslog.IdentityAccess;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.CollectionCounts;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.Seen;
import org.sanctuaryoversight.federalrequest.FederalRequestDocumentOpenedEvent;
import org.sanctuaryoversight.federalrequest.FederalRequestDocumentsAttachedEvent;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Documents a department sends with a federal request: attached on the form (checked like a complainant's files, and
 * only once the liaison confirms they blacked out who the papers are about), stored encrypted, opened only by the
 * department's liaison and the ombudsperson, each opening recorded on the request before decryption and listed in the
 * access log. A refused attachment or opening stores and records nothing.
 */
@OversightTest
@AutoConfigureMockMvc
class FederalRequestDocumentsTest {

    static final StaffPrincipal LIAISON = new StaffPrincipal(
            new StaffMember("u-tia", "Tia Transport", StaffRole.DEPARTMENT_LIAISON, "transportation"));
    static final StaffPrincipal OTHER_LIAISON = new StaffPrincipal(
            new StaffMember("u-sol", "Sol Social", StaffRole.DEPARTMENT_LIAISON, "social-services"));
    static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(
            new StaffMember("u-omar", "Omar Ombuds", StaffRole.OMBUDSPERSON, null));
    static final StaffPrincipal INVESTIGATOR = new StaffPrincipal(
            new StaffMember("u-ivo", "Ivo", StaffRole.INVESTIGATOR, null));
    static final StaffPrincipal AUDITOR = new StaffPrincipal(
            new StaffMember("u-aud", "Aude Auditor", StaffRole.AUDITOR, null));

    static final byte[] PDF = Pdfs.onePage("a copy of the detainer, the name blacked out");

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    Serializer serializer;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    IdentityAccess identityAccess;

    static MockMultipartHttpServletRequestBuilder documenting(String description, MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder request = multipart("/staff/registry");
        request.file(file);
        request.with(csrf()).with(user(LIAISON)).param("department", "transportation")
                .param("receivedAt", LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString())
                .param("agency", "ICE_HSI").param("channel", "EMAIL")
                .param("requestTypes", "DATABASE_OR_SURVEILLANCE_DATA").param("legalDocument", "ADMINISTRATIVE_SUBPOENA")
                .param("response", "DECLINED").param("description", description)
                .param("justification", "A subpoena is not a court order");
        return request;
    }

    static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("documents", name, "application/pdf", PDF);
    }

    @Test
    void a_liaison_attaches_a_copy_which_only_the_department_and_the_office_open_each_time_recorded() throws Exception {
        String description = "Asked for license plate reader data " + UUID.randomUUID();
        MockHttpServletResponse documented = mvc.perform(documenting(description, pdf("subpoena-scan.pdf"))
                .param("documentsRedacted", "true")).andReturn().getResponse();
        assertThat(documented.getStatus()).as(documented.getContentAsString()).isEqualTo(200);
        String id = Jsoup.parse(documented.getContentAsString()).getElementById("documented-record").attr("href")
                .replace("/staff/registry/", "");
        FederalRequestDocumentsAttachedEvent attached = StoredEvents.ofType(FederalRequestDocumentsAttachedEvent.class,
                database, serializer).stream().filter(e -> e.requestId().equals(id)).findFirst().orElseThrow();
        String documentId = attached.documents().get(0).attachmentId();
        assertThat(StoredEvents.rawCommits(database)).as("the file name is sealed, the bytes are elsewhere")
                .doesNotContain("subpoena-scan.pdf").doesNotContain("blacked out");

        Document record = Jsoup.parse(mvc.perform(get("/staff/registry/" + id).with(user(LIAISON))).andReturn()
                .getResponse().getContentAsString());
        assertThat(record.getElementById("documents").text()).contains("Document 1", "PDF document")
                .doesNotContain("subpoena-scan.pdf");

        // no reason: 400 with the page and the errors next to the fields, nothing recorded
        MockHttpServletResponse noReason = mvc.perform(post("/staff/registry/{id}/documents", id).with(csrf())
                .with(user(LIAISON)).param("documentId", documentId)).andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("Choose why you need to open the document.")
                .doesNotContain("blacked out");
        assertThat(openings(id)).isEmpty();

        // other people: never
        for (StaffPrincipal other : List.of(OTHER_LIAISON, INVESTIGATOR, AUDITOR)) {
            assertThat(mvc.perform(open(id, documentId, other)).andReturn().getResponse().getStatus())
                    .as(other.member().role().name()).isEqualTo(403);
        }
        assertThat(openings(id)).isEmpty();

        // the department's liaison and the ombudsperson: the opening is recorded, then the file is the answer
        for (StaffPrincipal reader : List.of(LIAISON, OMBUDSPERSON)) {
            MockHttpServletResponse file = mvc.perform(open(id, documentId, reader)).andReturn().getResponse();
            assertThat(file.getStatus()).isEqualTo(200);
            assertThat(file.getContentAsByteArray())
                    .matches(stored -> Pdfs.isCleanedOnePage(stored, "blacked out"), "the cleaned copy");
            assertThat(file.getHeader("Content-Disposition")).startsWith("attachment").contains("subpoena-scan.pdf");
            assertThat(file.getHeader("Cache-Control")).contains("no-store");
        }
        assertThat(openings(id)).extracting(FederalRequestDocumentOpenedEvent::openedBy)
                .containsExactlyInAnyOrder("u-tia", "u-omar");

        // the access log lists both openings: who, when, why
        Processors.awaitCaughtUp(processing, events, 2);
        await().untilAsserted(() -> assertThat(identityAccess.log(id, 0, 10).entries()).hasSize(2)
                .allSatisfy(entry -> {
                    assertThat(entry.seen()).isEqualTo(Seen.FEDERAL_REQUEST_DOCUMENT);
                    assertThat(entry.attachmentId()).isEqualTo(documentId);
                    assertThat(entry.note()).isEqualTo("Checking what was presented");
                }));
        String log = mvc.perform(get("/staff/access-log").with(user(AUDITOR))).andReturn().getResponse()
                .getContentAsString();
        assertThat(log).contains("Tia Transport", "Omar Ombuds", "A document sent with a federal request",
                "Federal request " + id, "To review the request (its flags, its public summary)");
    }

    @Test
    void a_copy_needs_the_liaisons_word_that_who_it_is_about_is_blacked_out_and_a_refused_post_stores_nothing()
            throws Exception {
        Map<String, Long> before = settledCounts();
        MockHttpServletResponse unconfirmed = mvc.perform(documenting("Asked for camera footage " + UUID.randomUUID(),
                pdf("scan.pdf"))).andReturn().getResponse();
        assertThat(unconfirmed.getStatus()).isEqualTo(400);
        assertThat(unconfirmed.getContentAsString()).contains("Black out who the papers are about")
                .contains("For safety the files you chose were not kept");

        MockHttpServletResponse notAPdf = mvc.perform(documenting("Asked for camera footage " + UUID.randomUUID(),
                        new MockMultipartFile("documents", "detainer.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                .param("documentsRedacted", "true").param("lang", "es")).andReturn().getResponse();
        assertThat(notAPdf.getStatus()).isEqualTo(400);
        assertThat(notAPdf.getContentAsString()).contains("Un archivo no es PDF, JPEG, PNG ni HEIC");
        assertThat(settledCounts()).isEqualTo(before);
    }

    /**
     * A rule that refuses the opening once the form is complete (a note that names a person) answers with the site's
     * error page, the rule's reason in the reader's language and its status, and records nothing (PageErrors).
     */
    @Test
    void an_opening_a_rule_refuses_answers_the_error_page_with_the_rules_reason() throws Exception {
        MockHttpServletResponse documented = mvc.perform(documenting("Asked for a list " + UUID.randomUUID(),
                pdf("request.pdf")).param("documentsRedacted", "true")).andReturn().getResponse();
        String id = Jsoup.parse(documented.getContentAsString()).getElementById("documented-record").attr("href")
                .replace("/staff/registry/", "");
        String documentId = StoredEvents.ofType(FederalRequestDocumentsAttachedEvent.class, database, serializer).stream()
                .filter(e -> e.requestId().equals(id)).findFirst().orElseThrow().documents().get(0).attachmentId();

        MockHttpServletResponse refused = mvc.perform(post("/staff/registry/{id}/documents", id).with(csrf())
                .with(user(LIAISON)).param("documentId", documentId).param("purpose", "CORRECT_THE_RECORD")
                .param("note", "Call her back at 555-201-3344").param("lang", "es")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.getElementById("error-reason").text()).startsWith("La nota parece identificar a una persona");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(openings(id)).isEmpty();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder open(String id,
                                                                                                  String documentId,
                                                                                                  StaffPrincipal who) {
        return post("/staff/registry/{id}/documents", id).with(csrf()).with(user(who)).param("documentId", documentId)
                .param("purpose", who.member().role() == StaffRole.OMBUDSPERSON ? "REVIEW_THE_REQUEST"
                        : "CORRECT_THE_RECORD")
                .param("note", "Checking what was presented");
    }

    private List<FederalRequestDocumentOpenedEvent> openings(String id) {
        return StoredEvents.ofType(FederalRequestDocumentOpenedEvent.class, database, serializer).stream()
                .filter(e -> e.requestId().equals(id)).toList();
    }

    private Map<String, Long> settledCounts() {
        Processors.awaitCaughtUp(processing, events, 2);
        return CollectionCounts.of(database);
    }
}
