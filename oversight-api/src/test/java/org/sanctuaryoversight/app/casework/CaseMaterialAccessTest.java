package org.sanctuaryoversight.app.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.accesslog.IdentityAccess;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.*;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.IdentityAccessEntry;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.Seen;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.attachment.AttachmentUpload;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Need-to-know (security review, high 1; casework pages): a case's sealed material (what the complainant wrote, the
 * messages, the files) is read only by the ombudsperson and the investigator assigned to that case, before assignment
 * by the ombudsperson only, never by a liaison or an auditor; every read is on the access log, with who and why.
 */
@OversightTest
@AutoConfigureMockMvc
class CaseMaterialAccessTest {

    static final StaffMember OMBUDSPERSON = new StaffMember("omb-need", "Olga Ombud", StaffRole.OMBUDSPERSON, null);
    static final StaffMember ASSIGNED = new StaffMember("inv-need-1", "Ines Assigned", StaffRole.INVESTIGATOR, null);
    static final StaffMember OTHER = new StaffMember("inv-need-2", "Oscar Other", StaffRole.INVESTIGATOR, null);
    static final StaffMember LIAISON = new StaffMember("lia-need", "Lia Liaison", StaffRole.DEPARTMENT_LIAISON, "police");
    static final StaffMember AUDITOR = new StaffMember("aud-need", "Ada Auditor", StaffRole.AUDITOR, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    FilingComplaint filing;
    @Autowired
    CommandGateway commands;
    @Autowired
    ComplaintMessaging messaging;
    @Autowired
    IdentityAccess identityAccess;
    @Autowired
    Casework casework;
    @Autowired
    StaffWords words;

    @Test
    void only_the_ombudsperson_and_the_assigned_investigator_read_a_case_and_every_read_is_logged() throws Exception {
        String narrative = "Officers asked the family where they were born " + UUID.randomUUID();
        String caseId = filing.file(new ComplaintSubmission(narrative, "2026-11", null, Set.of("police"),
                Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS), IntakeChannel.WEB_FORM, "en", true, null,
                List.of(new AttachmentUpload("letter.png", png())))).complaintId();
        messaging.sendFromComplainant(caseId, "A second detail about the stop " + caseId);
        await().until(() -> casework.details(caseId).isPresent());

        // before assignment: no investigator reads it, not even the one who will be assigned
        assertThat(page(ASSIGNED, caseId).getStatus()).isEqualTo(403);
        assertThat(giveReason(ASSIGNED, caseId, new MockHttpSession()).getStatus()).isEqualTo(403);

        commands.sendAndWait(new AcknowledgeComplaintCommand(caseId, OMBUDSPERSON, Instant.now()));
        commands.sendAndWait(new TriageComplaintCommand(caseId, OMBUDSPERSON, TriageDecision.ACCEPT, null, null, Instant.now()));
        commands.sendAndWait(new AssignInvestigatorCommand(caseId, OMBUDSPERSON, ASSIGNED, Instant.now()));
        await().until(() -> ASSIGNED.userId().equals(casework.details(caseId).orElseThrow().summary().assigneeId()));

        // an investigator not assigned to the case, a liaison and an auditor read none of it (403 or no text)
        for (StaffMember refused : List.of(OTHER, LIAISON)) {
            assertThat(page(refused, caseId).getStatus()).as(refused.role().name()).isEqualTo(403);
            assertThat(giveReason(refused, caseId, new MockHttpSession()).getStatus()).isEqualTo(403);
            assertThat(api(refused, get("/api/v1/staff/cases/{id}", caseId).param("purpose", "WORK_THE_CASE")
                    .param("note", "curious")).getStatus()).isEqualTo(403);
            assertThat(api(refused, get("/api/v1/staff/complaints/{id}/messages", caseId).param("purpose", "WORK_THE_CASE")
                    .param("note", "curious")).getStatus()).isEqualTo(403);
            assertThat(api(refused, post("/staff/cases/{id}/attachments", caseId).with(csrf())
                    .param("attachmentId", casework.details(caseId).orElseThrow().attachments().get(0).attachmentId())
                    .param("purpose", "EXAMINE_EVIDENCE").param("note", "curious")).getStatus()).isEqualTo(403);
        }
        MockHttpServletResponse audited = page(AUDITOR, caseId);
        assertThat(audited.getStatus()).isEqualTo(200);
        assertThat(audited.getContentAsString()).doesNotContain(narrative).doesNotContain("A second detail")
                .doesNotContain("letter.png").contains("Only the people who work this case read");
        assertThat(reads(caseId)).as("refused requests record nothing").isEmpty();

        // the assigned investigator says why once, then reads; each read is on the access log
        MockHttpSession session = new MockHttpSession();
        assertThat(page(ASSIGNED, caseId, session).getContentAsString()).doesNotContain(narrative)
                .contains("Read what the complainant wrote");
        assertThat(giveReason(ASSIGNED, caseId, session).getStatus()).isEqualTo(302);
        String read = page(ASSIGNED, caseId, session).getContentAsString();
        assertThat(read).contains(narrative, "A second detail about the stop", "letter.png");
        page(ASSIGNED, caseId, session);
        await().untilAsserted(() -> assertThat(reads(caseId)).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.viewedBy()).isEqualTo(ASSIGNED.userId());
            assertThat(entry.seen()).isEqualTo(Seen.CASE_MATERIAL);
            assertThat(entry.note()).isEqualTo("Working the case I was assigned");
        }));

        // the ombudsperson reads too, and the administrator and auditor see all of it on the access log page
        MockHttpSession ombudSession = new MockHttpSession();
        giveReason(OMBUDSPERSON, caseId, ombudSession);
        assertThat(page(OMBUDSPERSON, caseId, ombudSession).getContentAsString()).contains(narrative);
        await().untilAsserted(() -> assertThat(reads(caseId)).hasSize(3));
        String log = mvc.perform(get("/staff/access-log").with(user(new StaffPrincipal(AUDITOR))))
                .andReturn().getResponse().getContentAsString();
        assertThat(log).contains("Ines Assigned", "Working the case I was assigned").doesNotContain(narrative);
        // when, as every staff page writes a moment (@words: the office's zone, the reader's language), to the second
        assertThat(org.jsoup.Jsoup.parse(log).select("main table time")).isNotEmpty().allSatisfy(time -> assertThat(
                time.text()).isEqualTo(words.atSeconds(Instant.parse(time.attr("datetime")), java.util.Locale.ENGLISH)));
    }

    private List<IdentityAccessEntry> reads(String caseId) {
        return identityAccess.log(caseId, 0, 100).entries().stream().filter(e -> e.seen() == Seen.CASE_MATERIAL).toList();
    }

    private MockHttpServletResponse page(StaffMember who, String caseId) throws Exception {
        return page(who, caseId, new MockHttpSession());
    }

    private MockHttpServletResponse page(StaffMember who, String caseId, MockHttpSession session) throws Exception {
        return mvc.perform(get("/staff/cases/{id}", caseId).with(user(new StaffPrincipal(who))).session(session))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse giveReason(StaffMember who, String caseId, MockHttpSession session) throws Exception {
        return mvc.perform(post("/staff/cases/{id}/reading", caseId).with(user(new StaffPrincipal(who))).with(csrf())
                .session(session).param("purpose", "WORK_THE_CASE").param("note", "Working the case I was assigned"))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse api(StaffMember who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(new StaffPrincipal(who)))).andReturn().getResponse();
    }

    private static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
