package org.sanctuaryoversight.complaint.messages;

import java.util.List;

/** The messages of one complaint, oldest first, with the complaint's internal identifier. */
public record ComplaintConversation(String complaintId, List<ComplaintMessage> messages) {
    public ComplaintConversation {
        messages = List.copyOf(messages);
    }
}
