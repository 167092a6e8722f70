package org.sanctuaryoversight.privacy;

import java.time.Instant;

/** A subject's data key was destroyed: its sealed fields now read as "removed". The case itself is untouched. */
public record PersonalDataShreddedEvent(String subjectId, Instant shreddedAt, String reason, String requestedBy) {
}
