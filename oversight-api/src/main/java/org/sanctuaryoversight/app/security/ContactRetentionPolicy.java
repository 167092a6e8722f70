package org.sanctuaryoversight.app.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a closed complaint's personal data is due to be shredded: {@code closedAt + contact-retention}.
 * A legal hold is enforced by the personal-data stream itself (the shred command is refused), so the
 * job that applies this policy simply retries at the next run once the hold is lifted.
 */
public final class ContactRetentionPolicy {

    public static final String REQUESTED_BY = "retention-policy";

    private final Duration retention;

    public ContactRetentionPolicy(Duration retention) {
        this.retention = Objects.requireNonNull(retention);
    }

    public Instant shredDueAt(Instant closedAt) {
        return closedAt.plus(retention);
    }

    public boolean isDue(Instant closedAt, Instant now) {
        return !now.isBefore(shredDueAt(closedAt));
    }

    public String reason() {
        return "retention: personal data kept " + retention.toDays() + " days after closure";
    }
}
