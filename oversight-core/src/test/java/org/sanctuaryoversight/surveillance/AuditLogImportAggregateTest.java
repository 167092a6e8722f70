package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.sanctuaryoversight.ruling.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.sanctuaryoversight.surveillance.AuditSummary.AgencyCount;
import org.sanctuaryoversight.surveillance.AuditSummary.RuleCount;

class AuditLogImportAggregateTest {

    static final String ID = "alpr-abc";
    static final Instant AT = Instant.parse("2026-05-02T10:00:00Z");
    static final LocalDate FROM = LocalDate.parse("2026-04-01");
    static final LocalDate TO = LocalDate.parse("2026-04-30");
    static final StaffMember LIAISON = new StaffMember("u-liaison", "Lee", StaffRole.DEPARTMENT_LIAISON, "police");
    static final StaffMember OTHER_LIAISON = new StaffMember("u-other", "Pat", StaffRole.DEPARTMENT_LIAISON, "schools");
    static final StaffMember OMBUDSPERSON = new StaffMember("u-omb", "Olga", StaffRole.OMBUDSPERSON, null);
    static final StaffMember AUDITOR = new StaffMember("u-aud", "Ann", StaffRole.AUDITOR, null);

    AggregateTestFixture<AuditLogImportAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AuditLogImportAggregate.class);
    }

    static BeginAuditLogImportCommand begin(StaffMember by, String rules, boolean rerun) {
        return new BeginAuditLogImportCommand(ID, "police", "abc", "flock-network", FROM, TO, 3000, rules, rerun, AT, by);
    }

    static AuditLogImportStartedEvent started(int evaluation, String rules, boolean rerun, String by) {
        return new AuditLogImportStartedEvent(ID, evaluation, "police", "abc", "flock-network", FROM, TO, 3000, rules,
                rerun, AT, by);
    }

    static AuditedSearch flagged(long line) {
        SearchFlag flag = new SearchFlag(AuditRule.FEDERAL_AGENCY, "law", "why", List.of(), null, "review-alpr-1");
        return new AuditedSearch(line, "id", AT, "[Federal] FBI", AgencyType.FEDERAL, "Other", true, 1103, "lookup",
                null, List.of(flag));
    }

    static AuditSummary summary(long flagged) {
        return new AuditSummary(3000, flagged, AT, AT, List.of(new AgencyCount("[Federal] FBI", AgencyType.FEDERAL, 40,
                flagged, List.of(new RuleCount(AuditRule.FEDERAL_AGENCY, flagged)))), List.of());
    }

    static AuditLogImportedEvent imported(int evaluation, String rules, long flagged) {
        return new AuditLogImportedEvent(ID, evaluation, "police", "abc", "flock-network", FROM, TO, rules,
                summary(flagged), AT, LIAISON.userId());
    }

    @Test
    void a_liaison_imports_their_departments_log_chunk_by_chunk_and_it_counts_once_complete() {
        fixture.givenNoPriorActivity()
                .when(begin(LIAISON, "1+aaaa", false))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1)
                .expectEvents(started(1, "1+aaaa", false, LIAISON.userId()));
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()))
                .when(new RecordFlaggedSearchesCommand(ID, 1, 0, List.of(flagged(5), flagged(9))))
                .expectEvents(new AuditedSearchFlaggedEvent(ID, 1, "police", 0, flagged(5)),
                        new AuditedSearchFlaggedEvent(ID, 1, "police", 0, flagged(9)));
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()),
                        new AuditedSearchFlaggedEvent(ID, 1, "police", 0, flagged(5)),
                        new AuditedSearchFlaggedEvent(ID, 1, "police", 0, flagged(9)))
                .when(new CompleteAuditLogImportCommand(ID, 1, summary(2), AT, LIAISON))
                .expectEvents(imported(1, "1+aaaa", 2));
    }

    @Test
    void an_evaluation_completes_only_with_every_flagged_search_it_counted() {
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()),
                        new AuditedSearchFlaggedEvent(ID, 1, "police", 0, flagged(5)))
                .when(new CompleteAuditLogImportCommand(ID, 1, summary(2), AT, LIAISON))
                .expectException(Refusal.class);
    }

    @Test
    void chunks_are_recorded_in_order_each_once() {
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()),
                        new AuditedSearchFlaggedEvent(ID, 1, "police", 0, flagged(5)))
                .when(new RecordFlaggedSearchesCommand(ID, 1, 0, List.of(flagged(5))))
                .expectException(Refusal.class);
    }

    @Test
    void the_same_file_imported_twice_is_refused() {
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()), imported(1, "1+aaaa", 0))
                .when(begin(OMBUDSPERSON, "1+aaaa", false))
                .expectException(Refusal.class)
                .expectExceptionMessage("OneImportPerFile: This file was already imported. Importing the same file twice is refused.")
                .expectNoEvents();
    }

    @Test
    void another_department_cannot_import_a_file_already_imported_for_one() {
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()), imported(1, "1+aaaa", 0))
                .when(new BeginAuditLogImportCommand(ID, "schools", "abc", "flock-network", FROM, TO, 3000, "1+aaaa",
                        false, AT, OTHER_LIAISON))
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void only_the_departments_liaison_or_the_ombudsperson_imports_its_logs() {
        fixture.givenNoPriorActivity()
                .when(new BeginAuditLogImportCommand(ID, "police", "abc", "flock-network", FROM, TO, 3000, "1+aaaa",
                        false, AT, OTHER_LIAISON))
                .expectException(Refusal.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity().when(begin(AUDITOR, "1+aaaa", false))
                .expectException(Refusal.class);
    }

    @Test
    void the_ombudsperson_re_evaluates_an_import_under_a_newer_rule_version_and_it_replaces_the_counts() {
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()), imported(1, "1+aaaa", 0))
                .when(begin(OMBUDSPERSON, "2+bbbb", true))
                .expectResultMessagePayload(2)
                .expectEvents(started(2, "2+bbbb", true, OMBUDSPERSON.userId()));
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()), imported(1, "1+aaaa", 0),
                        started(2, "2+bbbb", true, OMBUDSPERSON.userId()))
                .when(new CompleteAuditLogImportCommand(ID, 2, summary(0), AT, OMBUDSPERSON))
                .expectEvents(new AuditRulesReappliedEvent(ID, 2, "police", FROM, TO, "2+bbbb", "1+aaaa", summary(0), AT,
                        OMBUDSPERSON.userId()));
    }

    @Test
    void a_re_evaluation_under_the_same_rules_or_by_a_liaison_is_refused() {
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()), imported(1, "1+aaaa", 0))
                .when(begin(OMBUDSPERSON, "1+aaaa", true))
                .expectException(Refusal.class)
                .expectNoEvents();
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()), imported(1, "1+aaaa", 0))
                .when(begin(LIAISON, "2+bbbb", true))
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void an_interrupted_upload_sent_again_supersedes_the_evaluation_that_never_completed() {
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()),
                        new AuditedSearchFlaggedEvent(ID, 1, "police", 0, flagged(5)))
                .when(begin(LIAISON, "1+aaaa", false))
                .expectEvents(started(2, "1+aaaa", false, LIAISON.userId()));
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()), started(2, "1+aaaa", false, LIAISON.userId()))
                .when(new RecordFlaggedSearchesCommand(ID, 1, 0, List.of(flagged(5))))
                .expectException(Refusal.class);
    }

    @Test
    void officer_names_are_opened_by_the_office_for_a_stated_reason_and_the_look_is_recorded() {
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()), imported(1, "1+aaaa", 0))
                .when(new RecordOfficerNamesViewCommand(ID, OMBUDSPERSON,
                        OfficerNamesViewPurpose.INVESTIGATE_FLAGGED_SEARCHES, " Review case 12 ", AT))
                .expectEvents(new OfficerNamesViewedEvent(ID, "police", "u-omb", "Olga", "OMBUDSPERSON",
                        OfficerNamesViewPurpose.INVESTIGATE_FLAGGED_SEARCHES, "Review case 12", AT));
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()), imported(1, "1+aaaa", 0))
                .when(new RecordOfficerNamesViewCommand(ID, AUDITOR, OfficerNamesViewPurpose.LEGAL_REQUIREMENT, "x", AT))
                .expectException(Refusal.class)
                .expectNoEvents();
        fixture.given(started(1, "1+aaaa", false, LIAISON.userId()), imported(1, "1+aaaa", 0))
                .when(new RecordOfficerNamesViewCommand(ID, OMBUDSPERSON, OfficerNamesViewPurpose.LEGAL_REQUIREMENT, " ", AT))
                .expectException(Refusal.class)
                .expectNoEvents();
    }
}
