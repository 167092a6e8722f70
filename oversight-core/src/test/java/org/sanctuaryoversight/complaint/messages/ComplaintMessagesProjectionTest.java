package org.sanctuaryoversight.complaint.messages;

import org.sanctuaryoversight.complaint.messages.OfficeMessageSentEvent;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.messages.ComplainantMessageSentEvent;
import org.sanctuaryoversight.complaint.messages.ComplaintConversation;
import org.sanctuaryoversight.complaint.messages.FindConversationQuery;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.sanctuaryoversight.complaint.messages.ComplaintMessage;
import org.sanctuaryoversight.complaint.intake.ReceiptCredential;
import org.sanctuaryoversight.complaint.intake.ReceiptKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.support.InMemoryMongo;

class ComplaintMessagesProjectionTest {

    static final InMemoryMongo MONGO = new InMemoryMongo();
    static final ReceiptKeys KEYS = ReceiptKeys.parse(ReceiptKeys.generate());
    static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    @AfterAll
    static void close() {
        MONGO.close();
    }

    static ComplaintFiledEvent filed(String id, ReceiptCode code) {
        return new ComplaintFiledEvent(id, T0, new Sealed(id, "bg=="), null, null, Set.of(),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true, null,
                ReceiptCredential.issue(code, KEYS));
    }

    @Test
    void each_complaint_has_its_own_conversation_in_order_and_redelivery_changes_nothing() {
        ComplaintMessagesProjection projection = new ComplaintMessagesProjection(MONGO.freshDatabase());
        ReceiptCode mine = ReceiptCode.generate(new SecureRandom());
        ReceiptCode other = ReceiptCode.generate(new SecureRandom());
        projection.on(filed("c-1", mine));
        projection.on(filed("c-2", other));
        ComplainantMessageSentEvent question = new ComplainantMessageSentEvent("c-1", "m-1", T0.plusSeconds(60),
                new Sealed("c-1", "cQ=="));
        OfficeMessageSentEvent answer = new OfficeMessageSentEvent("c-1", "m-2", T0.plusSeconds(120),
                new Sealed("c-1", "YQ=="), "u-7");
        projection.on(answer, 2);
        projection.on(question, 1);
        projection.on(question, 1); // redelivered
        projection.on(new ComplainantMessageSentEvent("c-2", "m-3", T0, new Sealed("c-2", "eA==")), 1);

        Optional<ComplaintConversation> found = projection.handle(new FindConversationQuery("c-1"));
        assertThat(found).hasValueSatisfying(conversation -> {
            assertThat(conversation.complaintId()).isEqualTo("c-1");
            assertThat(conversation.messages()).extracting(ComplaintMessage::messageId).containsExactly("m-1", "m-2");
            assertThat(conversation.messages()).extracting(ComplaintMessage::author)
                    .containsExactly(ComplaintMessage.Author.COMPLAINANT, ComplaintMessage.Author.OFFICE);
            assertThat(conversation.messages().get(1).text()).isEqualTo(new Sealed("c-1", "YQ=="));
        });
        assertThat(projection.handle(new FindConversationQuery("no-such-complaint"))).isEmpty();
        assertThat(projection.handle(new FindConversationQuery("c-2")))
                .hasValueSatisfying(c -> assertThat(c.messages()).hasSize(1));
    }

    @Test
    void reset_drops_everything_so_a_replay_rebuilds_the_same_result() {
        ComplaintMessagesProjection projection = new ComplaintMessagesProjection(MONGO.freshDatabase());
        ReceiptCode code = ReceiptCode.generate(new SecureRandom());
        ComplaintFiledEvent filed = filed("c-9", code);
        ComplainantMessageSentEvent message = new ComplainantMessageSentEvent("c-9", "m-9", T0, new Sealed("c-9", "cQ=="));
        projection.on(filed);
        projection.on(message, 1);
        ComplaintConversation before = projection.handle(new FindConversationQuery("c-9")).orElseThrow();

        projection.reset();
        assertThat(projection.handle(new FindConversationQuery("c-9"))).isEmpty();
        projection.on(filed);
        projection.on(message, 1);
        assertThat(projection.handle(new FindConversationQuery("c-9"))).contains(before);
    }

    @Test
    void a_conversation_whose_last_word_is_the_complainants_awaits_a_reply() {
        ComplaintMessagesProjection projection = new ComplaintMessagesProjection(MONGO.freshDatabase());
        projection.on(filed("c-a", ReceiptCode.generate(new SecureRandom())));
        projection.on(filed("c-b", ReceiptCode.generate(new SecureRandom())));
        projection.on(new ComplainantMessageSentEvent("c-a", "m-a1", T0, new Sealed("c-a", "cQ==")), 1);
        projection.on(new ComplainantMessageSentEvent("c-b", "m-b1", T0, new Sealed("c-b", "cQ==")), 1);
        projection.on(new OfficeMessageSentEvent("c-b", "m-b2", T0.plusSeconds(5), new Sealed("c-b", "YQ=="), "u-1"), 2);
        projection.on(new ComplainantMessageSentEvent("c-a", "m-a1", T0, new Sealed("c-a", "cQ==")), 1); // redelivered

        assertThat(projection.handle(new FindConversationsAwaitingReplyQuery())).containsExactly("c-a");
    }
}
