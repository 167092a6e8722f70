package org.sanctuaryoversight.privacy;

import java.time.Instant;

public record LegalHoldPlacedEvent(String subjectId, Instant placedAt, String reason, String placedBy) {
}
