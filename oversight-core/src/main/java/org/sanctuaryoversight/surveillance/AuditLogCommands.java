package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * The commands of one audit log import. A file is validated whole before {@link BeginAuditLogImportCommand}
 * (nothing is stored for a bad file); its flagged searches then arrive in numbered chunks, and
 * {@link CompleteAuditLogImportCommand} makes the evaluation count. The import's id comes from the file's
 * SHA-256, so the same file is the same import whoever uploads it.
 */
public final class AuditLogCommands {

    private AuditLogCommands() {
    }

    /**
     * Starts an evaluation of a validated file. Returns the evaluation's number (1 for the first import).
     *
     * @param rerun true to evaluate a file imported before again under a newer rule version (the office only)
     */
    public record BeginAuditLogImportCommand(@TargetAggregateIdentifier String importId, String department,
                                             String sha256, String layout, LocalDate periodFrom, LocalDate periodTo,
                                             long searches, String ruleVersion, boolean rerun, Instant startedAt,
                                             StaffMember startedBy) {
    }

    /** The next chunk (numbered from 0, in file order) of the flagged searches of an evaluation. */
    public record RecordFlaggedSearchesCommand(@TargetAggregateIdentifier String importId, int evaluation, int chunk,
                                               List<AuditedSearch> searches) {
        public RecordFlaggedSearchesCommand {
            searches = List.copyOf(searches);
        }
    }

    /** Ends an evaluation with its counts; refused unless every flagged search counted was recorded. */
    public record CompleteAuditLogImportCommand(@TargetAggregateIdentifier String importId, int evaluation,
                                                AuditSummary summary, Instant completedAt, StaffMember completedBy) {
    }

    /**
     * A member of staff opens the sealed names of the officers behind an import's flagged searches, for a
     * stated reason; the view is recorded before the names are shown.
     */
    public record RecordOfficerNamesViewCommand(@TargetAggregateIdentifier String importId, StaffMember viewer,
                                                OfficerNamesViewPurpose purpose, String note, Instant viewedAt) {
    }
}
