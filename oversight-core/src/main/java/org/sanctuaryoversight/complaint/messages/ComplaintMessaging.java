package org.sanctuaryoversight.complaint.messages;

import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.sanctuaryoversight.complaint.status.FindComplaintByReceiptQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.complaint.intake.ComplaintIntakePolicy;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * The use case "complainant and office write to each other", shared by the status page and the staff
 * API. It checks the text, seals it with the complaint's data key and sends one command; reading opens
 * the sealed texts only for the page that shows them.
 */
public final class ComplaintMessaging {

    /** About two pages: enough for a question or an answer, small enough to keep the log lean. */
    public static final int MAX_MESSAGE_CHARS = 5_000;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PersonalDataVault vault;
    private final Clock clock;

    public ComplaintMessaging(CommandGateway commands, QueryGateway queries, PersonalDataVault vault, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.vault = vault;
        this.clock = clock;
    }

    /** A message as a page shows it; {@code text} is empty when the complaint's personal data was shredded. */
    public record OpenedMessage(String messageId, ComplaintMessage.Author author, Instant sentAt, Optional<String> text) {
    }

    /** The conversation of the complaint this receipt code belongs to (resolved through the one receipt index). */
    public Optional<ComplaintConversation> conversation(ReceiptCode receiptCode) {
        return queries.query(new FindComplaintByReceiptQuery(receiptCode), ResponseTypes.optionalInstanceOf(String.class))
                .join().flatMap(this::conversation);
    }

    public Optional<ComplaintConversation> conversation(String complaintId) {
        return queries.query(new FindConversationQuery(complaintId),
                ResponseTypes.optionalInstanceOf(ComplaintConversation.class)).join();
    }

    public List<OpenedMessage> open(ComplaintConversation conversation) {
        return conversation.messages().stream()
                .map(message -> new OpenedMessage(message.messageId(), message.author(), message.sentAt(),
                        vault.open(message.text(), conversation.complaintId(), "message", message.messageId())))
                .toList();
    }

    /** The complaints whose conversation ends with a message from the complainant, oldest first. */
    public List<String> awaitingReply() {
        return queries.query(new FindConversationsAwaitingReplyQuery(), ResponseTypes.multipleInstancesOf(String.class))
                .join();
    }

    /** @return the new message's identifier */
    public String sendFromComplainant(String complaintId, String text) {
        String clean = checked(text);
        String messageId = UUID.randomUUID().toString();
        commands.sendAndWait(new SendComplainantMessageCommand(complaintId, messageId, clock.instant(),
                vault.seal(complaintId, "message", messageId, clean)));
        return messageId;
    }

    /** @return the new message's identifier */
    public String sendFromOffice(String complaintId, StaffMember sender, String text) {
        String clean = checked(text);
        String messageId = UUID.randomUUID().toString();
        commands.sendAndWait(new SendOfficeMessageCommand(complaintId, messageId, clock.instant(),
                vault.seal(complaintId, "message", messageId, clean), sender));
        return messageId;
    }

    /** The rules a message must meet, as violations of the field {@code message}. */
    public static List<Ruling> check(String text) {
        if (text == null || text.isBlank()) {
            return List.of(ComplaintIntakePolicy.violation("message", "required"));
        }
        if (text.strip().length() > MAX_MESSAGE_CHARS) {
            return List.of(ComplaintIntakePolicy.violation("message", "tooLong"));
        }
        return List.of();
    }

    private static String checked(String text) {
        List<Ruling> violations = check(text);
        if (!violations.isEmpty()) {
            throw new Refusal(violations);
        }
        return text.strip();
    }
}
