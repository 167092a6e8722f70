package org.sanctuaryoversight.app.surveillance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sanctuaryoversight.surveillance.ImportProgress;

/**
 * How far this instance's imports have come, for the import page while one runs. In memory only: another
 * instance, or this one after a restart, shows an evaluation in progress from the read model instead.
 * Finished entries are forgotten after an hour.
 */
final class ImportProgressBoard {

    enum State { CHECKING, DONE, FAILED }

    record Progress(State state, long done, long total, Instant updatedAt) {
        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        }
    }

    private static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, Progress> board = new ConcurrentHashMap<>();
    private final Clock clock;

    ImportProgressBoard(Clock clock) {
        this.clock = clock;
    }

    void started(String importId, long total) {
        board.values().removeIf(p -> p.state() != State.CHECKING && p.updatedAt().isBefore(clock.instant().minus(KEPT)));
        board.put(importId, new Progress(State.CHECKING, 0, total, clock.instant()));
    }

    ImportProgress listener(String importId) {
        return (done, total) -> board.put(importId, new Progress(State.CHECKING, done, total, clock.instant()));
    }

    void finished(String importId, boolean succeeded) {
        board.computeIfPresent(importId, (id, p) -> new Progress(succeeded ? State.DONE : State.FAILED,
                succeeded ? p.total() : p.done(), p.total(), clock.instant()));
    }

    Optional<Progress> of(String importId) {
        return Optional.ofNullable(board.get(importId));
    }
}
