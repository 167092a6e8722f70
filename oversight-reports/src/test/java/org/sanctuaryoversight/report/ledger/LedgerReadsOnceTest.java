package org.sanctuaryoversight.report.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An event about a record the ledger knows reads that record once: {@link ReportLedgerUpdates} reads it, derives the
 * new record and hands both to the counting ledger, which moves the counters from the record it was given instead of
 * reading it again (on MongoDB every read is a round trip, once per event of a rebuild). The counters still equal a
 * full recount.
 */
class LedgerReadsOnceTest {

    private static final ReportingCalendar CALENDAR = new ReportingCalendar(LocalDate.of(2025, 1, 1), 90);
    private static final Instant FILED = Instant.parse("2025-01-06T10:00:00Z");

    @Test
    void each_update_of_a_known_record_reads_it_once_and_the_counters_still_equal_a_recount() {
        ReadCountingLedger records = new ReadCountingLedger(new InMemoryReportLedger());
        CountingReportLedger ledger = new CountingReportLedger(records, new InMemoryReportCounters(), CALENDAR);
        ReportLedgerUpdates updates = new ReportLedgerUpdates(ledger);
        updates.complaintFiled("c-1", FILED, List.of("POLICE"), List.of("detention"), "web", "en", false);
        updates.federalRequestDocumented("r-1", "POLICE", FILED, "detainer", "none", "declined");
        records.reads = 0;

        updates.complaintAcknowledged("c-1", FILED.plusSeconds(3600));
        updates.referralSent("c-1", "ref-1", "POLICE", FILED.plusSeconds(7200), LocalDate.of(2025, 2, 5));
        updates.complaintClosed("c-1", FILED.plusSeconds(86_400), "resolved");
        updates.federalRequestFlagged("r-1");
        updates.federalRequestDocumented("r-1", "POLICE", FILED, "detainer", "none", "complied");

        assertThat(records.reads).isEqualTo(5);
        assertThat(ledger.counters().orElseThrow().all()).isEqualTo(ledger.recount()).isNotEmpty();
    }

    /** The records, counting how often one record is read. */
    private static final class ReadCountingLedger implements ReportLedger {

        private final ReportLedger records;
        int reads;

        ReadCountingLedger(ReportLedger records) {
            this.records = records;
        }

        @Override
        public Optional<ComplaintFacts> complaint(String complaintId) {
            reads++;
            return records.complaint(complaintId);
        }

        @Override
        public void save(ComplaintFacts facts) {
            records.save(facts);
        }

        @Override
        public Optional<FederalRequestLedgerEntry> federalRequest(String requestId) {
            reads++;
            return records.federalRequest(requestId);
        }

        @Override
        public void save(FederalRequestLedgerEntry facts) {
            records.save(facts);
        }

        @Override
        public List<ComplaintFacts> complaints() {
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
        public List<IdentityViewFacts> identityViews() {
            return records.identityViews();
        }

        @Override
        public void clear() {
            records.clear();
        }
    }
}
