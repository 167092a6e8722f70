package org.sanctuaryoversight.complaint.messages;

import static org.sanctuaryoversight.readmodel.ReadModelIndexes.keys;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.readmodel.SequencedDocuments;

/**
 * The conversation read model of the intake capability: {@code intake_messages} (one document per
 * message, text still sealed) and {@code intake_receipts} (one document per filed complaint: the receipt
 * selector digest and verifier hash, so the status page can open the conversation without depending on
 * another capability's read model). Every write is a replace by identifier, so redelivery changes
 * nothing, and both collections can be dropped and rebuilt from the log.
 */
@ProcessingGroup(ComplaintMessagesProjection.PROCESSING_GROUP)
class ComplaintMessagesProjection {

    /** Versioned (a new name replays the log): v2 (December 2026) adds who wrote last in each conversation. */
    static final String PROCESSING_GROUP = "intake-messages-v2";
    static final String MESSAGES = "intake_messages";
    static final String CONVERSATIONS = "intake_conversations";

    private final ReadModelCollection messages;
    private final ReadModelCollection conversations;
    /** The conversations, each changed only by a newer message of its complaint. */
    private final SequencedDocuments lastMessages;

    /**
     * For a real MongoDB: a conversation's messages in order; the conversations waiting for an answer, oldest first
     * (the embedded server ignores these).
     */
    ComplaintMessagesProjection(MongoDatabase database) {
        this.messages = new ReadModelCollection(database, MESSAGES, keys("complaintId", "sequence"));
        this.conversations = new ReadModelCollection(database, CONVERSATIONS, keys("lastAuthor", "lastAt"));
        this.lastMessages = new SequencedDocuments(conversations.writes());
    }

    /** Every filed complaint has a conversation, empty until someone writes. */
    @EventHandler
    void on(ComplaintFiledEvent event) {
        // before any message (sequence -1): written again on a replay only while no message is shown
        lastMessages.put(event.complaintId(), -1L, () -> new Document("_id", event.complaintId())
                .append("lastAuthor", null).append("lastAt", null));
    }

    @EventHandler
    void on(ComplainantMessageSentEvent event, @SequenceNumber long sequence) {
        store(event.complaintId(), event.messageId(), ComplaintMessage.Author.COMPLAINANT, event.sentAt(),
                event.text(), sequence);
    }

    @EventHandler
    void on(OfficeMessageSentEvent event, @SequenceNumber long sequence) {
        store(event.complaintId(), event.messageId(), ComplaintMessage.Author.OFFICE, event.sentAt(), event.text(),
                sequence);
    }

    private void store(String complaintId, String messageId, ComplaintMessage.Author author, java.time.Instant sentAt,
                       Sealed text, long sequence) {
        messages.writes().replace(messageId, new Document("_id", messageId)
                        .append("complaintId", complaintId)
                        .append("author", author.name())
                        .append("sentAt", Date.from(sentAt))
                        .append("sequence", sequence)
                        .append("keyId", text.keyId())
                        .append("ciphertext", text.ciphertext()));
        // who wrote last: messages of one complaint arrive in order, so the newer sequence wins
        lastMessages.put(complaintId, sequence, () -> new Document("_id", complaintId)
                .append("lastAuthor", author.name()).append("lastAt", Date.from(sentAt)));
    }

    /** The complaints whose conversation ends with a message from the complainant, oldest first. */
    @QueryHandler
    List<String> handle(FindConversationsAwaitingReplyQuery query) {
        List<String> waiting = new ArrayList<>();
        conversations.collection().find(Filters.eq("lastAuthor", ComplaintMessage.Author.COMPLAINANT.name()))
                .sort(Sorts.ascending("lastAt")).forEach(doc -> waiting.add(doc.getString("_id")));
        return waiting;
    }

    @QueryHandler
    Optional<ComplaintConversation> handle(FindConversationQuery query) {
        if (conversations.findById(query.complaintId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(conversation(query.complaintId()));
    }

    private ComplaintConversation conversation(String complaintId) {
        List<ComplaintMessage> found = new ArrayList<>();
        for (Document message : messages.collection().find(Filters.eq("complaintId", complaintId))
                .sort(Sorts.ascending("sequence"))) {
            found.add(new ComplaintMessage(message.getString("_id"),
                    ComplaintMessage.Author.valueOf(message.getString("author")),
                    message.getDate("sentAt").toInstant(),
                    new Sealed(message.getString("keyId"), message.getString("ciphertext"))));
        }
        return new ComplaintConversation(complaintId, found);
    }

    @ResetHandler
    void reset() {
        messages.reset();
        conversations.reset();
    }
}
