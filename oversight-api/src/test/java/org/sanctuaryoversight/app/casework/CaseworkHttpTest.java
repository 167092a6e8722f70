package org.sanctuaryoversight.app.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One complaint from filing to closure through the HTTP endpoints, worked by the ombudsperson, an investigator and
 * the police department's liaison; the public status follows; the timeline lists every step in order. And a
 * liaison of another department sees none of it.
 */
@OversightTest
@AutoConfigureMockMvc
class CaseworkHttpTest {

    static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(
            new StaffMember("omb-1", "Olivia Ombud", StaffRole.OMBUDSPERSON, null));
    static final StaffPrincipal INVESTIGATOR = new StaffPrincipal(
            new StaffMember("inv-1", "Ivan Investigator", StaffRole.INVESTIGATOR, null));
    static final StaffPrincipal POLICE_LIAISON = new StaffPrincipal(
            new StaffMember("lia-police", "Pat Police", StaffRole.DEPARTMENT_LIAISON, "police"));
    static final StaffPrincipal SCHOOLS_LIAISON = new StaffPrincipal(
            new StaffMember("lia-schools", "Sam Schools", StaffRole.DEPARTMENT_LIAISON, "schools"));

    @Autowired
    MockMvc mvc;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_complaint_walks_from_filing_to_closure_and_its_timeline_lists_every_step_in_order() throws Exception {
        Filed filed = fileComplaint("The officer asked where I was born.");
        String caseId = filed.caseId();
        awaitPublicStatus(filed.receipt(), "RECEIVED");

        send(OMBUDSPERSON, post("/api/v1/staff/cases/{id}/acknowledgement", caseId), null, 204);
        awaitPublicStatus(filed.receipt(), "UNDER_REVIEW");
        send(OMBUDSPERSON, post("/api/v1/staff/cases/{id}/triage", caseId), "{\"decision\":\"ACCEPT\"}", 204);
        send(OMBUDSPERSON, post("/api/v1/staff/cases/{id}/investigator", caseId),
                "{\"userId\":\"inv-1\",\"displayName\":\"Ivan Investigator\"}", 204);
        awaitPublicStatus(filed.receipt(), "INVESTIGATING");
        String allegationId = created(send(INVESTIGATOR, post("/api/v1/staff/cases/{id}/allegations", caseId),
                "{\"provision\":\"INQUIRING_ABOUT_STATUS\",\"department\":\"police\"}", 201));
        send(INVESTIGATOR, post("/api/v1/staff/cases/{id}/steps", caseId),
                "{\"kind\":\"INTERVIEW\",\"notes\":\"Spoke with the complainant by phone.\"}", 201);
        String referralId = created(send(INVESTIGATOR, post("/api/v1/staff/cases/{id}/referrals", caseId),
                "{\"department\":\"police\",\"questions\":\"Which policy did the officer follow?\"}", 201));
        awaitPublicStatus(filed.receipt(), "WAITING_FOR_DEPARTMENT");

        // the police liaison finds the referral in the department inbox, with its questions, and answers it
        JsonNode inbox = await().atMost(Duration.ofSeconds(30)).until(
                () -> json.readTree(send(POLICE_LIAISON, get("/api/v1/staff/referrals"), null, 200).getContentAsString()),
                referrals -> find(referrals, referralId) != null);
        assertThat(find(inbox, referralId).get("questions").asText()).isEqualTo("Which policy did the officer follow?");
        assertThat(find(inbox, referralId).get("department").asText()).isEqualTo("police");
        send(POLICE_LIAISON, post("/api/v1/staff/cases/{id}/referrals/{r}/response", caseId, referralId),
                "{\"response\":\"Policy 4.2, since withdrawn.\"}", 204);
        awaitPublicStatus(filed.receipt(), "INVESTIGATING");

        send(OMBUDSPERSON, post("/api/v1/staff/cases/{id}/findings", caseId),
                "{\"allegationId\":\"" + allegationId + "\",\"finding\":\"POLICY_FAILURE\"}", 204);
        String recommendationId = created(send(OMBUDSPERSON, post("/api/v1/staff/cases/{id}/recommendations", caseId),
                "{\"department\":\"police\",\"text\":\"Rewrite policy 4.2 to forbid questions about birthplace.\"}", 201));
        send(POLICE_LIAISON, post("/api/v1/staff/cases/{id}/recommendations/{r}/answer", caseId, recommendationId),
                "{\"answer\":\"ACCEPTED\"}", 204);
        // closing before every allegation has a finding would have been refused; now it is allowed
        send(OMBUDSPERSON, post("/api/v1/staff/cases/{id}/closure", caseId),
                "{\"publicSummary\":\"The department's policy failed the ordinance; it accepted our recommendation.\","
                        + "\"confirmedOutcome\":\"POLICY_FAILURE_FOUND\"}", 204);
        awaitPublicStatus(filed.receipt(), "CLOSED");

        // a closed case changes only by reopening
        MockHttpServletResponse refused = send(INVESTIGATOR, post("/api/v1/staff/cases/{id}/steps", caseId),
                "{\"kind\":\"RECORDS_REVIEW\",\"notes\":\"late\"}", 409);
        assertThat(json.readTree(refused.getContentAsString()).get("policy").asText())
                .isEqualTo("ClosedCaseChangesOnlyByReopening");

        List<String> expected = List.of("FILED", "ACKNOWLEDGED", "TRIAGED", "INVESTIGATOR_ASSIGNED",
                "ALLEGATION_RECORDED", "STEP_RECORDED", "REFERRAL_SENT", "DEPARTMENT_RESPONDED", "FINDING_RECORDED",
                "RECOMMENDATION_MADE", "RECOMMENDATION_ANSWERED", "CLOSED");
        JsonNode details = await().atMost(Duration.ofSeconds(30)).until(() -> caseJson(OMBUDSPERSON, caseId),
                // the timeline and the case list are two read models: wait for both
                c -> c.get("timeline").size() == expected.size()
                        && "CLOSED".equals(c.get("summary").get("stage").asText()));
        List<String> types = new ArrayList<>();
        details.get("timeline").forEach(entry -> types.add(entry.get("type").asText()));
        assertThat(types).containsExactlyElementsOf(expected);
        JsonNode timeline = details.get("timeline");
        assertThat(timeline.get(5).get("text").get("notes").asText()).isEqualTo("Spoke with the complainant by phone.");
        assertThat(timeline.get(7).get("actorName").asText()).isEqualTo("Pat Police");
        assertThat(timeline.get(8).get("details").get("finding").asText()).isEqualTo("POLICY_FAILURE");
        assertThat(details.get("summary").get("stage").asText()).isEqualTo("CLOSED");
        assertThat(details.get("summary").get("outcome").asText()).isEqualTo("POLICY_FAILURE_FOUND");

        // the staff page renders the same timeline, in order, once the reader said why they read it
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(post("/staff/cases/{id}/reading", caseId).with(user(OMBUDSPERSON)).with(csrf()).session(session)
                .param("purpose", "WORK_THE_CASE").param("note", "Reviewing the closed case"));
        String page = mvc.perform(get("/staff/cases/{id}", caseId).with(user(OMBUDSPERSON)).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Spoke with the complainant by phone.", "Policy 4.2, since withdrawn.");
        assertThat(page.indexOf("data-step=\"ACKNOWLEDGED\"")).isPositive()
                .isLessThan(page.indexOf("data-step=\"REFERRAL_SENT\""));
        assertThat(page.indexOf("data-step=\"REFERRAL_SENT\"")).isLessThan(page.indexOf("data-step=\"CLOSED\""));

        // an auditor reads the case but not the sealed notes
        JsonNode audited = caseJson(new StaffPrincipal(new StaffMember("aud-1", "Ada Auditor", StaffRole.AUDITOR, null)), caseId);
        assertThat(audited.get("timeline").get(5).get("text").size()).isZero();
    }

    @Test
    void a_liaison_of_another_department_gets_403_on_the_referral_and_on_every_complaint_page() throws Exception {
        Filed filed = fileComplaint("Jail staff shared my release date.");
        String caseId = filed.caseId();
        send(OMBUDSPERSON, post("/api/v1/staff/cases/{id}/acknowledgement", caseId), null, 204);
        send(OMBUDSPERSON, post("/api/v1/staff/cases/{id}/triage", caseId), "{\"decision\":\"ACCEPT\"}", 204);
        String referralId = created(send(OMBUDSPERSON, post("/api/v1/staff/cases/{id}/referrals", caseId),
                "{\"department\":\"police\",\"questions\":\"Who asked?\"}", 201));
        await().atMost(Duration.ofSeconds(30)).until(() -> caseJson(OMBUDSPERSON, caseId).get("referrals").size() == 1);

        send(POLICE_LIAISON, get("/api/v1/staff/cases/{id}/referrals/{r}", caseId, referralId), null, 200);
        send(SCHOOLS_LIAISON, get("/api/v1/staff/cases/{id}/referrals/{r}", caseId, referralId), null, 403);
        send(SCHOOLS_LIAISON, post("/api/v1/staff/cases/{id}/referrals/{r}/response", caseId, referralId),
                "{\"response\":\"not ours\"}", 403);
        send(SCHOOLS_LIAISON, get("/api/v1/staff/cases/{id}", caseId), null, 403);
        send(SCHOOLS_LIAISON, get("/api/v1/staff/cases"), null, 403);
        send(POLICE_LIAISON, get("/api/v1/staff/cases/{id}", caseId), null, 403);
        assertThat(mvc.perform(get("/staff/cases/{id}", caseId).with(user(POLICE_LIAISON))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/staff/cases").with(user(SCHOOLS_LIAISON))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/staff/department/referrals/{id}/{r}", caseId, referralId)
                .with(user(SCHOOLS_LIAISON))).andReturn().getResponse().getStatus()).isEqualTo(403);
        String schoolsInbox = mvc.perform(get("/staff/department/referrals").with(user(SCHOOLS_LIAISON)))
                .andReturn().getResponse().getContentAsString();
        assertThat(schoolsInbox).doesNotContain(referralId).doesNotContain("Who asked?");
        String policeInbox = mvc.perform(get("/staff/department/referrals").with(user(POLICE_LIAISON)))
                .andReturn().getResponse().getContentAsString();
        assertThat(policeInbox).contains(caseId);
    }

    // ---- helpers

    record Filed(String caseId, String receipt) {
    }

    /** Files through the public API, then finds the new case in the office's list (the public API never returns it). */
    Filed fileComplaint(String narrative) throws Exception {
        Instant before = Instant.now().minusMillis(1);
        MockHttpServletResponse response = mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                .content(ApiClient.anonymousComplaint(narrative))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
        String receipt = json.readTree(response.getContentAsString()).get("receiptCode").asText();
        JsonNode newCase = await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode cases = json.readTree(send(OMBUDSPERSON,
                    get("/api/v1/staff/cases?stage=AWAITING_ACKNOWLEDGEMENT&size=100"), null, 200).getContentAsString());
            for (JsonNode c : cases.get("cases")) {
                if (Instant.parse(c.get("openedAt").asText()).isAfter(before)) {
                    return c;
                }
            }
            return null;
        }, found -> found != null);
        assertThat(newCase.get("acknowledgementDue").asText()).isNotBlank();
        return new Filed(newCase.get("caseId").asText(), receipt);
    }

    MockHttpServletResponse send(StaffPrincipal who, MockHttpServletRequestBuilder request, String body, int status)
            throws Exception {
        request.with(user(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response;
    }

    String created(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString()).get("id").asText();
    }

    /** The case as the API answers it; the people who work it give a reason, so its sealed text is included (and logged). */
    JsonNode caseJson(StaffPrincipal who, String caseId) throws Exception {
        var request = get("/api/v1/staff/cases/{id}", caseId);
        if (who.member().role() == StaffRole.OMBUDSPERSON || who.member().role() == StaffRole.INVESTIGATOR) {
            request = request.param("purpose", "WORK_THE_CASE").param("note", "Following the case");
        }
        return json.readTree(send(who, request, null, 200).getContentAsString());
    }

    static JsonNode find(JsonNode referrals, String referralId) {
        for (JsonNode referral : referrals) {
            if (referral.get("referralId").asText().equals(referralId)) {
                return referral;
            }
        }
        return null;
    }

    String publicStatus(String receipt) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/complaints/status").header("X-Receipt-Code", receipt))
                .andReturn().getResponse();
        return response.getStatus() == 200 ? json.readTree(response.getContentAsString()).get("status").asText() : null;
    }

    void awaitPublicStatus(String receipt, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(publicStatus(receipt)));
    }
}
