package org.sanctuaryoversight.surveillance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.AuditLogCommands.BeginAuditLogImportCommand;
import org.sanctuaryoversight.surveillance.AuditLogCommands.CompleteAuditLogImportCommand;
import org.sanctuaryoversight.surveillance.AuditLogCommands.RecordFlaggedSearchesCommand;
import org.sanctuaryoversight.surveillance.AuditLogCommands.RecordOfficerNamesViewCommand;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditLogImportStartedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditLogImportedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditRulesReappliedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditedSearchFlaggedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.OfficerNamesViewedEvent;

/**
 * One audit log file, identified by its SHA-256: imported once, evaluated again only under a different rule
 * version, its flagged searches recorded chunk by chunk in file order, and counted only when an evaluation
 * completes with exactly the flagged searches it recorded. An evaluation that never completed (an upload
 * interrupted) is superseded by the next start; its events stay in the log and count for nothing.
 */
class AuditLogImportAggregate {

    static final int MAX_NOTE = 1_000;
    /** The same file is one import: imported once, whoever uploads it. */
    static final String ONE_IMPORT = "OneImportPerFile";
    private static final String ONE_IMPORT_KEY = "rule.OneImportPerFile.";
    /** A file is evaluated again only under rules that differ from those it was last checked against. */
    static final String REEVALUATION = "ReevaluationUnderNewRules";
    private static final String REEVALUATION_KEY = "rule.ReevaluationUnderNewRules.";
    /** The counts of an import are those of exactly the flagged searches it recorded, in file order. */
    static final String EVERY_FLAG = "EvaluationRecordsEveryFlag";
    private static final String EVERY_FLAG_KEY = "rule.EvaluationRecordsEveryFlag.";

    @AggregateIdentifier
    private String importId;
    private String department;
    private String sha256;
    private String layout;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private int evaluation;
    private boolean inProgress;
    private String evaluatingRuleVersion;
    private String completedRuleVersion;
    private int chunksRecorded;
    private long searchesRecorded;

    AuditLogImportAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(BeginAuditLogImportCommand command) {
        boolean imported = completedRuleVersion != null;
        Ruling.all(
                Ruling.require(command.importId() != null && command.sha256() != null && command.department() != null
                        && command.periodFrom() != null && command.periodTo() != null && command.ruleVersion() != null
                        && command.startedAt() != null, EVERY_FLAG, EVERY_FLAG_KEY + "incomplete"),
                importId != null && !department.equals(command.department())
                        ? Ruling.conflict(ONE_IMPORT, ONE_IMPORT_KEY + "otherDepartment") : Ruling.allow(),
                mayImport(command.startedBy(), command.department(), command.rerun()),
                imported && !command.rerun() ? Ruling.conflict(ONE_IMPORT, ONE_IMPORT_KEY + "imported") : Ruling.allow(),
                command.rerun() && !imported ? Ruling.conflict(REEVALUATION, REEVALUATION_KEY + "notImported") : Ruling.allow(),
                imported && completedRuleVersion.equals(command.ruleVersion())
                        ? Ruling.conflict(REEVALUATION, REEVALUATION_KEY + "sameRules") : Ruling.allow())
                .orThrow();
        int next = evaluation + 1;
        apply(new AuditLogImportStartedEvent(command.importId(), next, command.department(), command.sha256(),
                command.layout(), command.periodFrom(), command.periodTo(), command.searches(), command.ruleVersion(),
                command.rerun(), command.startedAt(), command.startedBy().userId()));
        return next;
    }

    @CommandHandler
    void handle(RecordFlaggedSearchesCommand command) {
        requireCurrent(command.evaluation());
        Ruling.require(command.chunk() == chunksRecorded, EVERY_FLAG, EVERY_FLAG_KEY + "chunkOrder").orThrow();
        for (AuditedSearch search : command.searches()) {
            Ruling.require(!search.flags().isEmpty(), EVERY_FLAG, EVERY_FLAG_KEY + "onlyFlagged").orThrow();
            apply(new AuditedSearchFlaggedEvent(importId, evaluation, department, command.chunk(), search));
        }
    }

    @CommandHandler
    void handle(CompleteAuditLogImportCommand command) {
        requireCurrent(command.evaluation());
        AuditSummary summary = command.summary();
        Ruling.require(summary != null && summary.flaggedSearches() == searchesRecorded, EVERY_FLAG,
                EVERY_FLAG_KEY + "count").orThrow();
        String by = command.completedBy() == null ? null : command.completedBy().userId();
        if (completedRuleVersion == null) {
            apply(new AuditLogImportedEvent(importId, evaluation, department, sha256, layout, periodFrom, periodTo,
                    evaluatingRuleVersion, summary, command.completedAt(), by));
        } else {
            apply(new AuditRulesReappliedEvent(importId, evaluation, department, periodFrom, periodTo,
                    evaluatingRuleVersion, completedRuleVersion, summary, command.completedAt(), by));
        }
    }

    /**
     * The officers behind flagged searches are seen by the people who investigate them (the ombudsperson, an
     * investigator), for a stated reason, and every look is recorded first: the office must not become a
     * surveillance tool of its own (product principle 1), not even of police officers.
     */
    @CommandHandler
    void handle(RecordOfficerNamesViewCommand command) {
        StaffMember viewer = command.viewer();
        Ruling.all(viewer == null || (viewer.role() != StaffRole.OMBUDSPERSON && viewer.role() != StaffRole.INVESTIGATOR)
                        ? Ruling.forbid("OnlyCaseWorkersSeeOfficers", "rule.OnlyCaseWorkersSeeOfficers") : Ruling.allow(),
                Ruling.require(command.purpose() != null && command.note() != null && !command.note().isBlank()
                        && command.note().length() <= MAX_NOTE, "EveryLookHasAReason", "rule.EveryLookHasAReason"))
                .orThrow();
        apply(new OfficerNamesViewedEvent(importId, department, viewer.userId(), viewer.displayName(),
                viewer.role().name(), command.purpose(), command.note().strip(), command.viewedAt()));
    }

    @EventSourcingHandler
    void on(AuditLogImportStartedEvent event) {
        importId = event.importId();
        department = event.department();
        sha256 = event.sha256();
        layout = event.layout();
        periodFrom = event.periodFrom();
        periodTo = event.periodTo();
        evaluation = event.evaluation();
        evaluatingRuleVersion = event.ruleVersion();
        inProgress = true;
        chunksRecorded = 0;
        searchesRecorded = 0;
    }

    @EventSourcingHandler
    void on(AuditedSearchFlaggedEvent event) {
        chunksRecorded = event.chunk() + 1;
        searchesRecorded++;
    }

    @EventSourcingHandler
    void on(AuditLogImportedEvent event) {
        completed(event.ruleVersion());
    }

    @EventSourcingHandler
    void on(AuditRulesReappliedEvent event) {
        completed(event.ruleVersion());
    }

    private void completed(String ruleVersion) {
        completedRuleVersion = ruleVersion;
        inProgress = false;
    }

    /** A liaison imports their own department's logs; the office imports any, and alone re-evaluates one. */
    private static Ruling mayImport(StaffMember member, String department, boolean rerun) {
        boolean office = member != null && member.role() == StaffRole.OMBUDSPERSON;
        if (rerun) {
            return office ? Ruling.allow() : Ruling.forbid("OfficeReevaluates", "rule.OfficeReevaluates");
        }
        return office || (member != null && member.isLiaisonOf(department)) ? Ruling.allow()
                : Ruling.forbid("DepartmentImportsItsOwnLogs", "rule.DepartmentImportsItsOwnLogs");
    }

    /** Chunks and completion belong to the evaluation in progress: a later upload of the file supersedes it. */
    private void requireCurrent(int commandEvaluation) {
        if (!inProgress || commandEvaluation != evaluation) {
            Ruling.conflict("EvaluationInProgress", "rule.EvaluationInProgress.superseded").orThrow();
        }
    }
}
