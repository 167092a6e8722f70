package org.sanctuaryoversight.complaint.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.sanctuaryoversight.privacy.PersonalDataVault;

/**
 * Sweeps the data keys of complaints that were never filed. {@link FilingComplaint} (and the opening of a review
 * case) creates the key before the command that appends the filing: a crash in between leaves a key, and perhaps
 * sealed files, for a complaint that does not exist. Such a key is destroyed once it is older than the minimum age,
 * which leaves a filing in flight alone.
 *
 * <p>Whether the complaint exists is asked of the event store by the complaint's id, never of a read model, which
 * may lag behind a filing just appended. Only complaint keys are considered: their id is the complaint's id, a UUID;
 * other subjects' keys (staff authenticators, federal requests, plate-reader logs) have ids of their own and
 * streams under other ids, and are never touched.
 *
 * <p>No event is written: there is no complaint whose history could record it, and nothing in the log was ever
 * sealed with the key. The caller logs how many keys were destroyed, never which.
 */
public final class OrphanedComplaintKeys {

    private final PersonalDataVault vault;
    private final Predicate<String> hasEvents;
    private final Duration minimumAge;
    private final Clock clock;

    /**
     * @param hasEvents  whether the event store holds any event of the aggregate with this id
     * @param minimumAge a key younger than this may belong to a filing in flight and stays
     */
    public OrphanedComplaintKeys(PersonalDataVault vault, Predicate<String> hasEvents,
                                 Duration minimumAge, Clock clock) {
        this.vault = Objects.requireNonNull(vault);
        this.hasEvents = Objects.requireNonNull(hasEvents);
        if (minimumAge.isNegative()) {
            throw new IllegalArgumentException("The minimum age of an orphaned key cannot be negative");
        }
        this.minimumAge = minimumAge;
        this.clock = Objects.requireNonNull(clock);
    }

    /** Destroys the orphaned keys; answers how many. */
    public int sweep() {
        return sweepAsOf(clock.instant());
    }

    /** Destroys the keys orphaned as of {@code now}: those created before {@code now} minus the minimum age. */
    public int sweepAsOf(Instant now) {
        Instant createdBefore = now.minus(minimumAge);
        int destroyed = 0;
        for (String keyId : vault.keysCreatedBefore(createdBefore)) {
            if (isComplaintId(keyId) && !hasEvents.test(keyId) && vault.shred(keyId)) {
                destroyed++;
            }
        }
        return destroyed;
    }

    private static boolean isComplaintId(String keyId) {
        try {
            return UUID.fromString(keyId).toString().equals(keyId);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
