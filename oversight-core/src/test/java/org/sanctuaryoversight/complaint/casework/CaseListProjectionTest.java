package org.sanctuaryoversight.complaint.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.*;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.support.InMemoryMongo;

/**
 * The office's case list: each casework event moves a case to the stage the pages filter by, a redelivered or older
 * event changes nothing, the filters and counts read what the events said, and a reset rebuilds the same list.
 */
class CaseListProjectionTest {

    static final InMemoryMongo MONGO = new InMemoryMongo();
    /** A Monday, so the five business days of the acknowledgement end on the next Monday. */
    static final Instant FILED = Instant.parse("2026-11-23T16:00:00Z");
    static final StaffMember OMBUDSPERSON = new StaffMember("u-omb", "Olga", StaffRole.OMBUDSPERSON, null);
    static final StaffMember INVESTIGATOR = new StaffMember("u-inv", "Ivan", StaffRole.INVESTIGATOR, null);

    final com.mongodb.client.MongoDatabase database = MONGO.freshDatabase();
    final CaseListProjection projection = new CaseListProjection(database, CaseDeadlines.defaults());

    @AfterAll
    static void close() {
        MONGO.close();
    }

    static Instant later(int hours) {
        return FILED.plusSeconds(3600L * hours);
    }

    static ComplaintFiledEvent filed(String id, String department) {
        return new ComplaintFiledEvent(id, FILED, new Sealed(id, "bg=="), null, null, Set.of(department),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true, null, null);
    }

    /** Case a: accepted, assigned, referred to the police; case b: only filed; case c: declined (no jurisdiction). */
    void history() {
        projection.on(filed("aaaa1111-0000-4000-8000-000000000001", "police"), 0);
        projection.on(filed("bbbb2222-0000-4000-8000-000000000002", "sheriff"), 0);
        projection.on(filed("cccc3333-0000-4000-8000-000000000003", "police"), 0);
        String a = "aaaa1111-0000-4000-8000-000000000001";
        projection.on(new ComplaintAcknowledgedEvent(a, later(1), OMBUDSPERSON), 1);
        projection.on(new ComplaintTriagedEvent(a, TriageDecision.ACCEPT, null, null, later(2), OMBUDSPERSON,
                LocalDate.parse("2027-05-22")), 2);
        projection.on(new InvestigatorAssignedEvent(a, INVESTIGATOR, later(3), OMBUDSPERSON), 3);
        projection.on(new DepartmentReferralSentEvent(a, "r-1", "police", later(4), LocalDate.parse("2026-12-23"),
                new Sealed(a, "cQ=="), INVESTIGATOR), 4);
        String c = "cccc3333-0000-4000-8000-000000000003";
        projection.on(new ComplaintAcknowledgedEvent(c, later(5), OMBUDSPERSON), 1);
        projection.on(new ComplaintTriagedEvent(c, TriageDecision.NO_JURISDICTION, null, null, later(6), OMBUDSPERSON,
                null), 2);
    }

    CaseSummary only(CaseFilter filter) {
        List<CaseSummary> cases = projection.handle(new FindCasesQuery(filter, 0, 10)).cases();
        assertThat(cases).hasSize(1);
        return cases.get(0);
    }

    @Test
    void each_event_moves_the_case_to_the_stage_the_pages_show() {
        projection.on(filed("aaaa1111-0000-4000-8000-000000000001", "police"), 0);
        CaseFilter any = CaseFilter.any();
        assertThat(only(any).stage()).isEqualTo(CaseStage.AWAITING_ACKNOWLEDGEMENT);
        assertThat(only(any).acknowledgementDue()).isEqualTo(LocalDate.parse("2026-11-30"));

        history();
        CaseSummary a = projection.handle(new FindCaseQuery("aaaa1111-0000-4000-8000-000000000001")).orElseThrow()
                .summary();
        assertThat(a.stage()).isEqualTo(CaseStage.WAITING_FOR_DEPARTMENT);
        assertThat(a.assigneeId()).isEqualTo("u-inv");
        assertThat(a.assigneeName()).isEqualTo("Ivan");
        assertThat(a.investigationDue()).isEqualTo(LocalDate.parse("2027-05-22"));
        assertThat(a.updatedAt()).isEqualTo(later(4));

        projection.on(new DepartmentRespondedEvent(a.caseId(), "r-1", "police", later(7), new Sealed(a.caseId(), "cg=="),
                null), 5);
        assertThat(stageOf(a.caseId())).isEqualTo(CaseStage.INVESTIGATING);
        projection.on(new ComplaintClosedEvent(a.caseId(), later(8), CaseOutcome.NO_VIOLATION_FOUND, "Nothing found.",
                OMBUDSPERSON), 6);
        CaseSummary closed = projection.handle(new FindCaseQuery(a.caseId())).orElseThrow().summary();
        assertThat(closed.stage()).isEqualTo(CaseStage.CLOSED);
        assertThat(closed.outcome()).isEqualTo(CaseOutcome.NO_VIOLATION_FOUND);
        assertThat(closed.publicSummary()).isEqualTo("Nothing found.");
        projection.on(new ComplaintReopenedEvent(a.caseId(), later(9), new Sealed(a.caseId(), "cw=="), OMBUDSPERSON), 7);
        assertThat(stageOf(a.caseId())).isEqualTo(CaseStage.INVESTIGATING);
        assertThat(stageOf("cccc3333-0000-4000-8000-000000000003")).isEqualTo(CaseStage.DECLINED);
        assertThat(stageOf("bbbb2222-0000-4000-8000-000000000002")).isEqualTo(CaseStage.AWAITING_ACKNOWLEDGEMENT);
    }

    CaseStage stageOf(String caseId) {
        return projection.handle(new FindCaseQuery(caseId)).orElseThrow().summary().stage();
    }

    @Test
    void a_redelivered_event_changes_nothing_and_a_replay_from_the_first_event_ends_where_it_was() {
        history();
        String a = "aaaa1111-0000-4000-8000-000000000001";
        Document before = database.getCollection(CaseListProjection.CASES).find(new Document("_id", a)).first();
        projection.on(new InvestigatorAssignedEvent(a, INVESTIGATOR, later(3), OMBUDSPERSON), 3);
        projection.on(new ComplaintAcknowledgedEvent(a, later(1), OMBUDSPERSON), 1);
        assertThat(database.getCollection(CaseListProjection.CASES).find(new Document("_id", a)).first())
                .isEqualTo(before);

        // a restart from a position before the case began delivers its first event again, then all the others
        history();
        assertThat(database.getCollection(CaseListProjection.CASES).find(new Document("_id", a)).first())
                .isEqualTo(before);
    }

    @Test
    void the_filters_and_counts_read_what_the_events_said() {
        history();
        assertThat(only(new CaseFilter(CaseStage.DECLINED, null, null, false)).caseId()).startsWith("cccc3333");
        assertThat(only(new CaseFilter(null, "sheriff", null, false)).caseId()).startsWith("bbbb2222");
        assertThat(only(new CaseFilter(null, null, "u-inv", false)).caseId()).startsWith("aaaa1111");
        assertThat(only(new CaseFilter(null, null, null, false, "CCCC 3333")).caseId()).startsWith("cccc3333");
        assertThat(projection.handle(new FindCasesQuery(new CaseFilter(null, null, null, true), 0, 10)).total()).isZero();

        projection.on(new DeadlineMissedEvent("bbbb2222-0000-4000-8000-000000000002", DeadlineKind.ACKNOWLEDGEMENT, null,
                null, LocalDate.parse("2026-11-30"), later(200)), 1);
        CaseSummary overdue = only(new CaseFilter(null, null, null, true));
        assertThat(overdue.caseId()).startsWith("bbbb2222");
        assertThat(overdue.overdueKinds()).containsExactly(DeadlineKind.ACKNOWLEDGEMENT);

        // most recently changed first, paged
        CaseListPage first = projection.handle(new FindCasesQuery(CaseFilter.any(), 0, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.cases()).extracting(CaseSummary::caseId).map(id -> id.substring(0, 4))
                .containsExactly("bbbb", "cccc");
        assertThat(first.hasNext()).isTrue();
        assertThat(projection.handle(new FindCasesQuery(CaseFilter.any(), 1, 2)).cases())
                .extracting(CaseSummary::caseId).map(id -> id.substring(0, 4)).containsExactly("aaaa");

        CaseCounts counts = projection.handle(new CountCasesQuery(null));
        assertThat(counts.byStage()).isEqualTo(Map.of(CaseStage.WAITING_FOR_DEPARTMENT, 1L, CaseStage.DECLINED, 1L,
                CaseStage.AWAITING_ACKNOWLEDGEMENT, 1L));
        assertThat(counts.overdue()).isEqualTo(1);
        assertThat(projection.handle(new CountCasesQuery("u-inv")).byStage())
                .isEqualTo(Map.of(CaseStage.WAITING_FOR_DEPARTMENT, 1L));
    }

    @Test
    void a_department_sees_its_referrals_open_until_it_answers() {
        history();
        assertThat(projection.handle(new FindDepartmentReferralsQuery("police", true)))
                .extracting(ReferralView::referralId).containsExactly("r-1");
        assertThat(projection.handle(new FindDepartmentReferralsQuery("sheriff", false))).isEmpty();
        projection.on(new DepartmentRespondedEvent("aaaa1111-0000-4000-8000-000000000001", "r-1", "police", later(7),
                new Sealed("aaaa1111-0000-4000-8000-000000000001", "cg=="), null), 5);
        assertThat(projection.handle(new FindDepartmentReferralsQuery("police", true))).isEmpty();
        assertThat(projection.handle(new FindDepartmentReferralsQuery("police", false)))
                .singleElement().satisfies(referral -> assertThat(referral.respondedAt()).isEqualTo(later(7)));
    }

    @Test
    void a_reset_drops_the_list_and_the_same_events_rebuild_it() {
        history();
        List<Document> before = database.getCollection(CaseListProjection.CASES).find().into(new java.util.ArrayList<>());
        projection.reset();
        assertThat(database.getCollection(CaseListProjection.CASES).countDocuments()).isZero();
        history();
        assertThat(database.getCollection(CaseListProjection.CASES).find().into(new java.util.ArrayList<>()))
                .containsExactlyInAnyOrderElementsOf(before);
    }
}
