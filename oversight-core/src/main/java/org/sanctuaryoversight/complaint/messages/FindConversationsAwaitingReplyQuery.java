package org.sanctuaryoversight.complaint.messages;

/** Which complaints wait for the office's reply (their conversation ends with the complainant)? Answers {@code List<String>}. */
public record FindConversationsAwaitingReplyQuery() {
}
