package org.sanctuaryoversight.complaint.messages;

/** The conversation of a complaint, for staff. Answers {@code Optional<ComplaintConversation>}. */
public record FindConversationQuery(String complaintId) {
}
