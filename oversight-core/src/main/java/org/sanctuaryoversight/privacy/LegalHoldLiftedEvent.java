package org.sanctuaryoversight.privacy;

import java.time.Instant;

public record LegalHoldLiftedEvent(String subjectId, Instant liftedAt, String reason, String liftedBy) {
}
