package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FiledComplaint;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@OversightTest
@AutoConfigureMockMvc
class OfficeMessagesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FilingComplaint filing;
    @Autowired
    ComplaintMessaging messaging;

    static StaffPrincipal staff(StaffRole role) {
        return new StaffPrincipal(new StaffMember("u-" + role, "Staff " + role, role,
                role == StaffRole.DEPARTMENT_LIAISON ? "police" : null));
    }

    FiledComplaint filed() {
        FiledComplaint filed = filing.file(new ComplaintSubmission("Me preguntaron por mis papeles", null, null, Set.of(),
                Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS), IntakeChannel.WEB_FORM, "es", true, null));
        Awaitility.await().until(() -> messaging.conversation(filed.receiptCode()).isPresent());
        return filed;
    }

    @Test
    void the_ombudsperson_writes_and_the_complainant_reads_it_on_the_status_page() throws Exception {
        FiledComplaint complaint = filed();
        mvc.perform(post("/api/v1/staff/complaints/{id}/messages", complaint.complaintId())
                        .with(user(staff(StaffRole.OMBUDSPERSON))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Hemos recibido su queja y la estamos revisando.\"}"))
                .andExpect(status().isCreated());
        Awaitility.await().until(() -> !messaging.conversation(complaint.receiptCode()).orElseThrow().messages().isEmpty());

        mvc.perform(post("/status").with(csrf()).locale(Locale.forLanguageTag("es"))
                        .param("receiptCode", complaint.receiptCode().formatted()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La oficina")))
                .andExpect(content().string(containsString("Hemos recibido su queja y la estamos revisando.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("u-OMBUDSPERSON"))));

        // reading the messages is a recorded read of the case's material: a reason is required
        mvc.perform(get("/api/v1/staff/complaints/{id}/messages", complaint.complaintId())
                        .with(user(staff(StaffRole.OMBUDSPERSON))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/staff/complaints/{id}/messages", complaint.complaintId())
                        .param("purpose", "WORK_THE_CASE").param("note", "Reply to the complainant")
                        .with(user(staff(StaffRole.OMBUDSPERSON))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"author\":\"OFFICE\"")));
        // an investigator nobody assigned to this case reads nothing
        mvc.perform(get("/api/v1/staff/complaints/{id}/messages", complaint.complaintId())
                        .param("purpose", "WORK_THE_CASE").param("note", "Curious")
                        .with(user(staff(StaffRole.INVESTIGATOR))))
                .andExpect(status().isForbidden());
    }

    @Test
    void only_the_ombudsperson_and_investigators_may_write() throws Exception {
        FiledComplaint complaint = filed();
        for (StaffRole role : new StaffRole[] {StaffRole.AUDITOR, StaffRole.DEPARTMENT_LIAISON, StaffRole.ADMIN}) {
            mvc.perform(post("/api/v1/staff/complaints/{id}/messages", complaint.complaintId())
                            .with(user(staff(role))).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/staff/complaints/{id}/messages", complaint.complaintId())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(messaging.conversation(complaint.receiptCode()).orElseThrow().messages()).isEmpty();
    }

    @Test
    void an_empty_message_or_an_unknown_complaint_is_a_clear_4xx() throws Exception {
        FiledComplaint complaint = filed();
        mvc.perform(post("/api/v1/staff/complaints/{id}/messages", complaint.complaintId())
                        .with(user(staff(StaffRole.INVESTIGATOR))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write a message before sending.")));
        mvc.perform(post("/api/v1/staff/complaints/{id}/messages", "no-such-complaint")
                        .with(user(staff(StaffRole.INVESTIGATOR))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"hello\"}"))
                .andExpect(status().isNotFound());
    }
}
