package org.sanctuaryoversight.report.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.report.ledger.ComplaintFacts;
import org.sanctuaryoversight.report.ledger.CountingReportLedger;
import org.sanctuaryoversight.report.ledger.FederalRequestLedgerEntry;
import org.sanctuaryoversight.report.ledger.IdentityViewFacts;
import org.sanctuaryoversight.report.ledger.InMemoryReportCounters;
import org.sanctuaryoversight.report.ledger.InMemoryReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;
import org.sanctuaryoversight.report.publication.PublicationPreview;
import org.sanctuaryoversight.report.publication.PublishedBundles;
import org.sanctuaryoversight.report.publication.PublishingReport;
import org.sanctuaryoversight.report.publication.ReportCompiler;
import org.sanctuaryoversight.report.rendering.BundleRenderer;
import org.sanctuaryoversight.report.rendering.OfficeSigningKey;
import org.sanctuaryoversight.report.rendering.ReportLabels;

/**
 * The preview (and so the publication, which compiles the same preview again) reads the ledger's counters, never a
 * complaint record nor a view record, and previews exactly what the records would give: same figures, same labels,
 * same digest the ombudsperson confirms.
 */
class PublishingFromCountersTest {

    private static final ReportingCalendar CALENDAR = CountedHistory.CALENDAR;

    @Test
    void the_preview_compiles_from_counters_and_equals_the_preview_from_records() {
        RecordsOnlyByKey records = new RecordsOnlyByKey();
        CountingReportLedger counting = new CountingReportLedger(records, new InMemoryReportCounters(), CALENDAR);
        InMemoryReportLedger plain = new InMemoryReportLedger();
        var log = CountedHistory.log(2, 120, 23);
        CountedHistory.apply(log, new ReportLedgerUpdates(counting), 5);
        CountedHistory.apply(log, new ReportLedgerUpdates(plain), 5);

        PublishingReport fromCounters = publishing(counting);
        PublishingReport fromRecords = publishing(plain);
        records.refuseWholeReads = true;

        for (int period = 1; period <= 2; period++) {
            PublicationPreview counted = fromCounters.preview(period);
            PublicationPreview recorded = fromRecords.preview(period);
            assertThat(counted.draft().tables()).isEqualTo(recorded.draft().tables());
            assertThat(counted.draftDigest()).isEqualTo(recorded.draftDigest());
        }
    }

    private static PublishingReport publishing(ReportLedger ledger) {
        LinearProgrammingAuditTest.InMemoryArchive archive = new LinearProgrammingAuditTest.InMemoryArchive();
        CommandGateway neverCalled = (CommandGateway) java.lang.reflect.Proxy.newProxyInstance(
                CommandGateway.class.getClassLoader(), new Class<?>[] {CommandGateway.class}, (proxy, method, args) -> {
                    throw new AssertionError("no command may be sent: " + method.getName());
                });
        return new PublishingReport(new ReportCompiler(CALENDAR, new DisclosureControl(10, 2),
                CountedHistory.DEPARTMENTS), ledger, archive,
                new PublishedBundles(archive, new LinearProgrammingAuditTest.InMemoryBundleStore(),
                        new BundleRenderer(OfficeSigningKey.generate())),
                new ReportLabels(DepartmentDirectory.of(List.of())), "LETTER", neverCalled,
                Clock.fixed(Instant.parse("2025-12-01T10:00:00Z"), ZoneOffset.UTC));
    }

    /** Records read by key as the projection does; once told, every complaint or view record read whole fails. */
    private static final class RecordsOnlyByKey implements ReportLedger {
        private final InMemoryReportLedger records = new InMemoryReportLedger();
        boolean refuseWholeReads;

        @Override
        public Optional<ComplaintFacts> complaint(String complaintId) {
            return records.complaint(complaintId);
        }

        @Override
        public void save(ComplaintFacts facts) {
            records.save(facts);
        }

        @Override
        public Optional<FederalRequestLedgerEntry> federalRequest(String requestId) {
            return records.federalRequest(requestId);
        }

        @Override
        public void save(FederalRequestLedgerEntry facts) {
            records.save(facts);
        }

        @Override
        public List<ComplaintFacts> complaints() {
            if (refuseWholeReads) {
                throw new AssertionError("publication read every complaint record");
            }
            return records.complaints();
        }

        @Override
        public List<FederalRequestLedgerEntry> federalRequests() {
            return records.federalRequests();
        }

        @Override
        public void save(IdentityViewFacts facts) {
            records.save(facts);
        }

        @Override
        public Optional<IdentityViewFacts> identityView(String viewId) {
            return records.identityView(viewId);
        }

        @Override
        public List<IdentityViewFacts> identityViews() {
            if (refuseWholeReads) {
                throw new AssertionError("publication read every identity view record");
            }
            return records.identityViews();
        }

        @Override
        public void clear() {
            records.clear();
        }
    }
}
