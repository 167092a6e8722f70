package org.sanctuaryoversight.app.security;

import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.sanctuaryoversight.privacy.MongoDataKeyStore;
import org.sanctuaryoversight.privacy.ShredPersonalDataCommand;
import org.sanctuaryoversight.report.ledger.ReportLedger;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 7, the access log: an investigator who gives a reason is shown the complainant's contact details and the
 * view is on the access log for the administrator and the auditor; without a reason, 400 and nothing recorded;
 * auditors, liaisons and administrators are refused; the stored event holds no contact details.
 */
@OversightTest
@AutoConfigureMockMvc
class ComplainantIdentityAccessTest {

    static final StaffPrincipal INVESTIGATOR = principal("inv-access", "Irene Investigator", StaffRole.INVESTIGATOR, null);
    static final StaffPrincipal OMBUDSPERSON = principal("omb-access", "Omar Ombud", StaffRole.OMBUDSPERSON, null);
    static final StaffPrincipal AUDITOR = principal("aud-access", "Audrey Auditor", StaffRole.AUDITOR, null);
    static final StaffPrincipal ADMIN = principal("adm-access", "Adam Admin", StaffRole.ADMIN, null);
    static final StaffPrincipal LIAISON = principal("lia-access", "Lia Police", StaffRole.DEPARTMENT_LIAISON, "police");

    @Autowired
    MockMvc mvc;
    @Autowired
    FilingComplaint filing;
    @Autowired
    CommandGateway commands;
    @Autowired
    MongoDatabase database;
    @Autowired
    ReportLedger ledger;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    final ObjectMapper json = new ObjectMapper();

    static StaffPrincipal principal(String id, String name, StaffRole role, String department) {
        return new StaffPrincipal(new StaffMember(id, name, role, department));
    }

    @Test
    void an_investigator_with_a_reason_sees_the_contact_and_the_view_is_on_the_access_log() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Rosa Marquez " + unique;
        String email = "rosa." + unique + "@example.org";
        String phone = "555-01" + (1000 + Math.abs(unique.hashCode() % 9000));
        String caseId = file(new ContactDetails(name, email, phone, null, ContactMethod.PHONE));
        String note = "Arrange an interview " + unique;
        Processors.awaitCaughtUp(processing, events, 2);

        // the case page offers the form to the office and says why it does not to an auditor; it never shows the contact
        String page = page(INVESTIGATOR, caseId);
        assertThat(page).contains("Show contact details", "/staff/cases/" + caseId + "/contact").doesNotContain(email);
        assertThat(page(AUDITOR, caseId)).contains("Only the ombudsperson and the case&#39;s investigator")
                .doesNotContain("/staff/cases/" + caseId + "/contact").doesNotContain(email);

        // no reason: 400, the message next to the field (en, es), nothing shown
        MockHttpServletResponse missing = reveal(INVESTIGATOR, caseId, null, " ").andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("id=\"purpose-error\"", "Choose why you need the contact details.",
                "id=\"note-error\"", "Say in a few words why").doesNotContain(email);
        MockHttpServletResponse missingEs = mvc.perform(revealRequest(INVESTIGATOR, caseId, "CONTACT_ABOUT_CASE", "")
                .header("Accept-Language", "es")).andReturn().getResponse();
        assertThat(missingEs.getStatus()).isEqualTo(400);
        assertThat(missingEs.getContentAsString()).contains("Indique en pocas palabras por qué necesita los datos de contacto.");
        assertThat(reveal(INVESTIGATOR, caseId, "NOT_A_PURPOSE", note).andReturn().getResponse().getStatus()).isEqualTo(400);

        // the roles that do not work cases are refused
        for (StaffPrincipal refused : List.of(AUDITOR, LIAISON, ADMIN)) {
            MockHttpServletResponse response = reveal(refused, caseId, "LEGAL_REQUIREMENT", note).andReturn().getResponse();
            assertThat(response.getStatus()).as(refused.member().role().name()).isEqualTo(403);
            assertThat(response.getContentAsString()).doesNotContain(email);
        }
        assertThat(viewEvents(caseId)).as("nothing recorded for refused or invalid requests").isEmpty();

        // with a reason: the contact, in a response no one may keep
        MockHttpServletResponse shown = reveal(INVESTIGATOR, caseId, "CONTACT_ABOUT_CASE", note).andReturn().getResponse();
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getHeader("Cache-Control")).contains("no-store");
        assertThat(shown.getContentAsString()).contains(name, email, phone, "recorded in the access log");

        // one event, holding who, when and why, and none of the contact details
        List<Document> recorded = viewEvents(caseId);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).toJson()).contains(note, "inv-access", "CONTACT_ABOUT_CASE")
                .doesNotContain(name).doesNotContain(email).doesNotContain(phone).doesNotContain(unique + "@");

        Processors.awaitCaughtUp(processing, events, 2);
        for (StaffPrincipal reader : List.of(ADMIN, AUDITOR)) {
            MockHttpServletResponse log = mvc.perform(get("/staff/access-log").with(user(reader))).andReturn().getResponse();
            assertThat(log.getStatus()).isEqualTo(200);
            assertThat(log.getContentAsString()).contains("Irene Investigator", caseId, note,
                    "To contact the complainant about their case").doesNotContain(email);
        }
        MockHttpServletResponse api = mvc.perform(get("/api/v1/staff/access-log?size=200").with(user(AUDITOR)))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        json.readTree(api.getContentAsString()).get("entries").forEach(entry -> {
            if (entry.get("complaintId").asText().equals(caseId)) {
                mine.add(entry);
            }
        });
        assertThat(mine).singleElement().satisfies(entry -> {
            assertThat(entry.get("viewedBy").asText()).isEqualTo("inv-access");
            assertThat(entry.get("role").asText()).isEqualTo("INVESTIGATOR");
            assertThat(entry.get("purpose").asText()).isEqualTo("CONTACT_ABOUT_CASE");
            assertThat(entry.get("note").asText()).isEqualTo(note);
        });
        assertThat(mvc.perform(get("/staff/access-log").with(user(INVESTIGATOR))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/staff/access-log?size=500").with(user(ADMIN))).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        // the JSON equivalent: the same rules, the same record
        MockHttpServletResponse jsonMissing = mvc.perform(post("/api/v1/staff/cases/{id}/contact", caseId)
                .with(user(INVESTIGATOR)).contentType("application/json").content("{\"purpose\":\"LEGAL_REQUIREMENT\"}"))
                .andReturn().getResponse();
        assertThat(jsonMissing.getStatus()).isEqualTo(400);
        assertThat(jsonMissing.getContentAsString()).contains("\"note\"", "Say in a few words why");
        assertThat(mvc.perform(post("/api/v1/staff/cases/{id}/contact", caseId).with(user(AUDITOR))
                .contentType("application/json").content("{\"purpose\":\"LEGAL_REQUIREMENT\",\"note\":\"x\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpServletResponse jsonShown = mvc.perform(post("/api/v1/staff/cases/{id}/contact", caseId)
                .with(user(OMBUDSPERSON)).contentType("application/json")
                .content("{\"purpose\":\"COMPLAINANT_REQUEST\",\"note\":\"They asked to be called back.\"}"))
                .andReturn().getResponse();
        assertThat(jsonShown.getStatus()).isEqualTo(200);
        assertThat(jsonShown.getHeader("Cache-Control")).contains("no-store");
        JsonNode shownJson = json.readTree(jsonShown.getContentAsString());
        assertThat(shownJson.get("contact").get("email").asText()).isEqualTo(email);
        assertThat(shownJson.get("removed").asBoolean()).isFalse();
        assertThat(viewEvents(caseId)).hasSize(2);

        // the public report's ledger counts it
        assertThat(ledger.identityViews()).anySatisfy(view -> {
            assertThat(view.viewId()).startsWith(caseId + ":");
            assertThat(view.purpose()).isEqualTo("CONTACT_ABOUT_CASE");
        });
    }

    @Test
    void anonymous_complaints_have_nothing_to_show_and_shredded_contact_reads_as_removed() throws Exception {
        String anonymous = filing.file(new ComplaintSubmission("Asked where I was born " + UUID.randomUUID(), null, null,
                Set.of("police"), Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS), IntakeChannel.WEB_FORM, "en", true,
                null)).complaintId();
        String email = "shred." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String shredded = file(new ContactDetails("Ana", email, null, null, ContactMethod.EMAIL));
        Processors.awaitCaughtUp(processing, events, 2);

        assertThat(page(OMBUDSPERSON, anonymous)).contains("The complainant chose to stay anonymous.")
                .doesNotContain("/staff/cases/" + anonymous + "/contact");
        MockHttpServletResponse refused = reveal(OMBUDSPERSON, anonymous, "CONTACT_ABOUT_CASE", "Reply").andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("The complainant chose to stay anonymous.");
        assertThat(viewEvents(anonymous)).isEmpty();

        commands.sendAndWait(new ShredPersonalDataCommand(shredded, "complainant asked", "omb-access"));
        org.awaitility.Awaitility.await().until(() -> database.getCollection(MongoDataKeyStore.COLLECTION)
                .countDocuments(Filters.eq("_id", shredded)) == 0);
        MockHttpServletResponse removed = reveal(OMBUDSPERSON, shredded, "LEGAL_REQUIREMENT", "Court order").andReturn()
                .getResponse();
        assertThat(removed.getStatus()).isEqualTo(200);
        assertThat(removed.getContentAsString()).contains("Removed (personal data deleted)").doesNotContain(email);
        assertThat(viewEvents(shredded)).as("the view was asked for with a reason: it is on the record").hasSize(1);
    }

    /** A complaint accepted and assigned to {@link #INVESTIGATOR}: the people who work it are the ombudsperson and them. */
    private String file(ContactDetails contact) {
        String caseId = filing.file(new ComplaintSubmission("An officer asked for papers " + UUID.randomUUID(), "2026-10",
                null, Set.of("police"), Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS), IntakeChannel.WEB_FORM, "en",
                false, contact)).complaintId();
        StaffMember ombudsperson = new StaffMember("omb-access", "Olga Ombud", StaffRole.OMBUDSPERSON, null);
        commands.sendAndWait(new CaseworkCommands.AcknowledgeComplaintCommand(caseId, ombudsperson, java.time.Instant.now()));
        commands.sendAndWait(new CaseworkCommands.TriageComplaintCommand(caseId, ombudsperson,
                org.sanctuaryoversight.complaint.casework.TriageDecision.ACCEPT, null, null, java.time.Instant.now()));
        commands.sendAndWait(new CaseworkCommands.AssignInvestigatorCommand(caseId, ombudsperson, INVESTIGATOR.member(),
                java.time.Instant.now()));
        return caseId;
    }

    private String page(StaffPrincipal who, String caseId) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/staff/cases/{id}", caseId).with(user(who)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletRequestBuilder revealRequest(StaffPrincipal who, String caseId, String purpose, String note) {
        MockHttpServletRequestBuilder request = post("/staff/cases/{id}/contact", caseId).with(user(who)).with(csrf());
        if (purpose != null) {
            request.param("purpose", purpose);
        }
        if (note != null) {
            request.param("note", note);
        }
        return request;
    }

    private org.springframework.test.web.servlet.ResultActions reveal(StaffPrincipal who, String caseId, String purpose,
                                                                      String note) throws Exception {
        return mvc.perform(revealRequest(who, caseId, purpose, note));
    }

    /** The stored commits of the complaint that hold a view event, as MongoDB has them. */
    private List<Document> viewEvents(String caseId) {
        List<Document> found = new ArrayList<>();
        database.getCollection(SequencedMongoEventStorageEngine.COMMITS).find(Filters.eq("aggregateIdentifier", caseId))
                .forEach(commit -> {
                    if (commit.toJson().contains("ComplainantIdentityViewedEvent")) {
                        found.add(commit);
                    }
                });
        return found;
    }
}
