package org.sanctuaryoversight.app.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.Pdfs;
import org.sanctuaryoversight.app.security.accesslog.IdentityAccess;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.AttachmentView;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.IdentityAccessEntry;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff documents: the investigator attaches a letter to a step and the police liaison a policy to their answer; both
 * are cleaned, sealed with the case, listed on the case page with who added them, and opened only by the people who
 * work the case with a reason on the access log. A file the inspector refuses is refused next to the field and
 * records nothing.
 */
@OversightTest
@AutoConfigureMockMvc
class CaseDocumentsTest {

    static final StaffMember OMBUDSPERSON = new StaffMember("omb-docs", "Olga Docs", StaffRole.OMBUDSPERSON, null);
    static final StaffMember INVESTIGATOR = new StaffMember("inv-docs", "Ines Docs", StaffRole.INVESTIGATOR, null);
    static final StaffMember LIAISON = new StaffMember("lia-docs", "Pat Docs", StaffRole.DEPARTMENT_LIAISON, "police");
    static final byte[] PDF = Pdfs.onePage("a letter");

    @Autowired
    MockMvc mvc;
    @Autowired
    FilingComplaint filing;
    @Autowired
    Casework casework;
    @Autowired
    IdentityAccess identityAccess;

    @Test
    void documents_added_to_steps_and_answers_are_sealed_listed_and_opened_only_with_a_reason() throws Exception {
        String caseId = filing.file(new ComplaintSubmission("Documents case " + UUID.randomUUID(), null, null,
                Set.of("police"), Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true, null)).complaintId();
        casework.acknowledge(caseId, OMBUDSPERSON);
        casework.triage(caseId, OMBUDSPERSON, TriageDecision.ACCEPT, null, null);
        casework.assign(caseId, OMBUDSPERSON, INVESTIGATOR);
        String referralId = casework.refer(caseId, INVESTIGATOR, "police", "Send the policy.", LocalDate.now().plusDays(10));

        // a file that is not a PDF, JPEG, PNG or HEIC is refused next to the field, and nothing is recorded
        mvc.perform(multipart("/staff/cases/{id}/steps", caseId)
                .file(new MockMultipartFile("documents", "notes.exe", "application/octet-stream", new byte[] {1, 2, 3}))
                .param("kind", "RECORDS_REVIEW").param("notes", "Read the letter.")
                .with(user(new StaffPrincipal(INVESTIGATOR))).with(csrf()));
        assertThat(casework.timeline(caseId)).noneMatch(entry -> entry.type().equals("STEP_RECORDED"));

        mvc.perform(multipart("/staff/cases/{id}/steps", caseId)
                .file(new MockMultipartFile("documents", "letter.pdf", "application/pdf", PDF))
                .param("kind", "RECORDS_REVIEW").param("notes", "Read the letter.")
                .with(user(new StaffPrincipal(INVESTIGATOR))).with(csrf()));
        mvc.perform(multipart("/staff/department/referrals/{c}/{r}", caseId, referralId)
                .file(new MockMultipartFile("documents", "policy-12.pdf", "application/pdf", PDF))
                .param("response", "Policy 12 is attached.")
                .with(user(new StaffPrincipal(LIAISON))).with(csrf()));
        await().until(() -> casework.details(caseId).orElseThrow().attachments().size() == 2);
        AttachmentView letter = casework.details(caseId).orElseThrow().attachments().get(0);
        assertThat(letter.addedBy()).isEqualTo("Ines Docs");
        assertThat(casework.details(caseId).orElseThrow().attachments().get(1).addedBy()).isEqualTo("Pat Docs");

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/staff/cases/{id}/reading", caseId).with(user(new StaffPrincipal(OMBUDSPERSON))).with(csrf())
                .session(session).param("purpose", "WORK_THE_CASE").param("note", "Reviewing the documents"));
        String page = mvc.perform(get("/staff/cases/{id}", caseId).with(user(new StaffPrincipal(OMBUDSPERSON)))
                .session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("letter.pdf", "added by Ines Docs", "policy-12.pdf", "added by Pat Docs");

        MockHttpServletResponse refused = mvc.perform(post("/staff/cases/{id}/attachments", caseId)
                .with(user(new StaffPrincipal(new StaffMember("inv-other-docs", "Other", StaffRole.INVESTIGATOR, null))))
                .with(csrf()).param("attachmentId", letter.attachmentId()).param("purpose", "EXAMINE_EVIDENCE")
                .param("note", "Curious")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        MockHttpServletResponse opened = mvc.perform(post("/staff/cases/{id}/attachments", caseId)
                .with(user(new StaffPrincipal(OMBUDSPERSON))).with(csrf()).param("attachmentId", letter.attachmentId())
                .param("purpose", "EXAMINE_EVIDENCE").param("note", "Check the letter")).andReturn().getResponse();
        assertThat(opened.getStatus()).isEqualTo(200);
        assertThat(opened.getContentAsByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        await().untilAsserted(() -> assertThat(identityAccess.log(caseId, 0, 50).entries())
                .filteredOn(IdentityAccessEntry::fileView).singleElement()
                .satisfies(entry -> assertThat(entry.note()).isEqualTo("Check the letter")));
    }
}
