package org.sanctuaryoversight.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a closed complaint's personal data is kept ({@code oversight.security.contact-retention}).
 * A handler parameter of {@link ContactRetentionSaga}, provided by the application.
 */
public record ContactRetention(Duration period) {

    public static final String REQUESTED_BY = "retention-policy";

    public ContactRetention {
        Objects.requireNonNull(period, "period");
        if (period.isNegative()) {
            throw new IllegalArgumentException("contact retention cannot be negative");
        }
    }

    public Instant shredDueAt(Instant closedAt) {
        return closedAt.plus(period);
    }

    public String reason() {
        return "retention: personal data kept " + period.toDays() + " days after closure";
    }
}
