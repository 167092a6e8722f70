package org.sanctuaryoversight.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.FormTokens;
import org.sanctuaryoversight.app.support.InProcessSmtp;
import org.sanctuaryoversight.app.support.InProcessSmtp.Mail;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A complainant who gave an email address and ticked "tell me by email" gets, when the office writes to them, a notice
 * in their language that says only that, and where to read it with their receipt code. Nobody else gets one: not a
 * complainant who did not ask, not one whose data was shredded.
 */
class ComplainantNoticeTest extends MailOnTest {

    static final String REPLY = "Dear Ms Rivera, we spoke to the sheriff about the detainer at the county jail.";

    @Autowired
    ComplaintMessaging messaging;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    Recipients recipients;
    @Autowired
    MongoDatabase database;
    @Autowired
    MockMvc mvc;

    final StaffMember office = new StaffMember("omb-notice", "Olivia Office", StaffRole.OMBUDSPERSON, null);

    @Test
    void a_complainant_who_asked_is_told_in_their_language_that_the_office_wrote_and_nothing_more() {
        String address = address("rosa.rivera");
        String caseId = file("La oficial me preguntó dónde nací, en la calle Olmo.", "es",
                new ContactDetails("Rosa Rivera", address, "+1 555 0199", null, ContactMethod.EMAIL, true));

        messaging.sendFromOffice(caseId, office, REPLY);
        await().atMost(Duration.ofSeconds(30)).until(() -> !InProcessSmtp.to(address).isEmpty());

        Mail notice = InProcessSmtp.to(address).get(0);
        assertThat(notice.subject()).isEqualTo("La oficina de supervisión le escribió");
        assertThat(notice.body()).startsWith("La oficina le escribió. Consulte su queja con su código de recibo en "
                + BASE_URL + "/status?lang=es\n");
        assertThat(notice.from()).isEqualTo(FROM);
        assertThat(notice.text()).doesNotContain("Rivera", "Rosa", "555 0199", "Olmo", "nací", "sheriff", "detainer", "Olivia",
                caseId, caseId.substring(0, 8));
        assertThat(InProcessSmtp.to(address)).as("one message, one notice").hasSize(1);
    }

    @Test
    void the_public_form_s_box_is_what_asks_for_the_notice() throws Exception {
        String address = address("form-filer");
        String receipt = Jsoup.parse(mvc.perform(post("/complaints").with(csrf()).locale(Locale.forLanguageTag("es"))
                        .param("submissionToken", FormTokens.fresh()).param("narrative", "Me pidieron papeles.")
                        .param("allegations", "OTHER").param("anonymous", "no").param("contactEmail", address)
                        .param("notifyByEmail", "true")).andReturn().getResponse().getContentAsString())
                .selectFirst("#receipt-code").text();
        ReceiptCode code = ReceiptCode.parse(receipt).orElseThrow();
        String caseId = await().until(() -> messaging.conversation(code), Optional::isPresent).orElseThrow().complaintId();

        messaging.sendFromOffice(caseId, office, REPLY);
        await().atMost(Duration.ofSeconds(30)).until(() -> !InProcessSmtp.to(address).isEmpty());
        assertThat(InProcessSmtp.to(address)).singleElement().extracting(Mail::subject)
                .isEqualTo("La oficina de supervisión le escribió");
    }

    @Test
    void nobody_is_told_who_did_not_ask() {
        String didNotAsk = address("no-notice");
        String notAsked = file("They asked me for papers.", "en",
                new ContactDetails("Pat", didNotAsk, null, null, ContactMethod.EMAIL, false));

        messaging.sendFromOffice(notAsked, office, REPLY);
        await().atMost(Duration.ofSeconds(30)).until(() -> "DROPPED".equals(status(notAsked)));

        assertThat(InProcessSmtp.to(didNotAsk)).isEmpty();
        assertThat(database.getCollection(NotificationOutbox.COLLECTION).find(Filters.eq("caseId", notAsked)).first()
                .toJson()).as("the outbox never holds an address").doesNotContain(didNotAsk, "@");
    }

    @Test
    void after_shredding_there_is_no_address_to_write_to() {
        String asked = file("They asked me for papers.", "en",
                new ContactDetails("Sam", address("shredded"), null, null, ContactMethod.EMAIL, true));
        Letter notice = new Letter("test/" + asked, org.sanctuaryoversight.notification.Notice.OFFICE_WROTE, asked,
                null, null, null, null);
        assertThat(recipients.of(notice)).as("before shredding").isPresent();
        vault.shred(asked);
        assertThat(recipients.of(notice)).isEmpty();
    }

    private String status(String caseId) {
        Document letter = database.getCollection(NotificationOutbox.COLLECTION)
                .find(Filters.and(Filters.eq("caseId", caseId), Filters.eq("notice", "OFFICE_WROTE"))).first();
        return letter == null ? null : letter.getString("status");
    }
}
