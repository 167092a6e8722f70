package org.sanctuaryoversight.report;

import org.sanctuaryoversight.report.ledger.ReportingCalendar;
import org.sanctuaryoversight.ruling.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

class ReportPublicationAggregateTest {

    private static final ReportingPeriod PERIOD = new ReportingCalendar(LocalDate.of(2025, 1, 1)).period(1);
    private static final Instant AT = Instant.parse("2025-04-02T10:00:00Z");
    private static final StaffMember OMBUDSPERSON = new StaffMember("ombud-1", "Ombud", StaffRole.OMBUDSPERSON, null);
    private static final List<PublishedTable> TABLES = List.of(new PublishedTable("complaints_received", "Complaints",
            "Quejas", false, List.of("measure"), List.of("count"),
            List.of(new PublishedRow(List.of("complaints_received"), List.of(Figure.exact(3))))));

    /** The labels travel with the command into the event: they are frozen with the version. */
    private static final java.util.Map<String, java.util.Map<String, String>> LABELS = java.util.Map.of(
            "en", java.util.Map.of("department.police", "Police Department"),
            "es", java.util.Map.of("department.police", "Departamento de Policía"));

    private AggregateTestFixture<ReportPublicationAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReportPublicationAggregate.class);
    }

    private static PublishReportCommand command(StaffMember who, String erratum, String previous, boolean audit) {
        return command(who, erratum, previous, audit, previous == null ? 1 : 2);
    }

    private static PublishReportCommand command(StaffMember who, String erratum, String previous, boolean audit,
                                                int version) {
        return new PublishReportCommand("report-period-1", PERIOD, AT, who, erratum, previous, 10, TABLES, audit,
                "LETTER", LABELS, version);
    }

    private static ReportPublishedEvent first() {
        return new ReportPublishedEvent("report-period-1", 1, 1, PERIOD.start(), PERIOD.lastDay(), AT, "ombud-1",
                null, null, 10, TABLES, ReportPublishedEvent.CURRENT_FORMAT, "LETTER", LABELS);
    }

    @Test
    void theOmbudspersonPublishesTheFirstVersionAndTheFiguresAreFrozenInTheEvent() {
        fixture.givenNoPriorActivity()
                .when(command(OMBUDSPERSON, null, null, true))
                .expectEvents(first())
                .expectResultMessagePayload(1);
    }

    @Test
    void aCorrectionIsANewVersionWithItsErratumChainedToThePreviousManifest() {
        fixture.given(first())
                .when(command(OMBUDSPERSON, " Two complaints were counted twice. ", "ab12", true))
                .expectEvents(new ReportPublishedEvent("report-period-1", 1, 2, PERIOD.start(), PERIOD.lastDay(), AT,
                        "ombud-1", "Two complaints were counted twice.", "ab12", 10, TABLES,
                        ReportPublishedEvent.CURRENT_FORMAT, "LETTER", LABELS));
    }

    @Test
    void aCorrectionWithoutAnErratumIsRefused() {
        fixture.given(first()).when(command(OMBUDSPERSON, " ", "ab12", true))
                .expectException(Refusal.class).expectNoEvents();
    }

    /**
     * A correction confirmed as version 2 while version 2 is already in the log (the form sent twice, or the archive
     * the preview read still behind the first): nothing is published, above all not a version 3 nobody previewed.
     */
    @Test
    void onlyTheConfirmedVersionIsPublished() {
        ReportPublishedEvent second = new ReportPublishedEvent("report-period-1", 1, 2, PERIOD.start(),
                PERIOD.lastDay(), AT, "ombud-1", "Two complaints were counted twice.", "ab12", 10, TABLES,
                ReportPublishedEvent.CURRENT_FORMAT, "LETTER", LABELS);
        fixture.given(first(), second).when(command(OMBUDSPERSON, "Counted twice.", "ab12", true, 2))
                .expectException(Refusal.class).expectNoEvents();
        fixture.given(first()).when(command(OMBUDSPERSON, null, null, true, 1))
                .expectException(Refusal.class).expectNoEvents();
    }

    @Test
    void figuresThatFailTheDisclosureAuditAreNeverPublished() {
        fixture.givenNoPriorActivity().when(command(OMBUDSPERSON, null, null, false))
                .expectException(Refusal.class).expectNoEvents();
    }

    @Test
    void onlyTheOmbudspersonPublishes() {
        fixture.givenNoPriorActivity()
                .when(command(new StaffMember("inv-1", "Investigator", StaffRole.INVESTIGATOR, null), null, null, true))
                .expectException(Refusal.class).expectNoEvents();
    }
}
