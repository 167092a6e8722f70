package org.sanctuaryoversight.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.ContactMethod;

/**
 * Contact details are sealed as JSON inside events, so records sealed before the e-mail notice existed must still
 * open, as "no notice", with the application's strict mapper (which refuses a null for a primitive).
 */
class ContactDetailsJsonTest {

    final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @Test
    void a_record_sealed_before_the_notice_existed_opens_without_one() throws Exception {
        String before = "{\"name\":\"Ana\",\"email\":\"ana@example.org\",\"phone\":null,\"postalAddress\":null,"
                + "\"preferredMethod\":\"EMAIL\",\"empty\":false}";
        ContactDetails contact = ContactDetails.fromJson(json, before);
        assertThat(contact).isEqualTo(new ContactDetails("Ana", "ana@example.org", null, null, ContactMethod.EMAIL));
        assertThat(contact.noticeAddress()).isEmpty();
    }

    @Test
    void the_choice_survives_sealing_and_opening() throws Exception {
        ContactDetails chosen = new ContactDetails(null, " ana@example.org ", null, null, null, true);
        ContactDetails opened = ContactDetails.fromJson(json, json.writeValueAsString(chosen));
        assertThat(opened).isEqualTo(chosen);
        assertThat(opened.noticeAddress()).contains("ana@example.org");
    }
}
