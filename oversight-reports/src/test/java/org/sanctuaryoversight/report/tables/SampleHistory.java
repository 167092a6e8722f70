package org.sanctuaryoversight.report.tables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;

/** A seeded, reproducible history of complaints, referrals, recommendations and federal requests. */
public final class SampleHistory {

    public static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);
    public static final List<String> DEPARTMENTS = List.of("POLICE", "SHERIFF", "SCHOOLS", "HEALTH", "HOUSING", "TRANSIT");

    private SampleHistory() {
    }

    /** Feeds {@code perPeriod} complaints into each of {@code periods} periods, through the ledger's entry points. */
    public static void feed(ReportLedgerUpdates updates, ReportingCalendar calendar, int periods, int perPeriod, long seed) {
        Random random = new Random(seed);
        for (int p = 1; p <= periods; p++) {
            Instant start = calendar.period(p).startInstant();
            for (int i = 0; i < perPeriod; i++) {
                String id = "c-" + p + "-" + i;
                Instant filed = start.plus(Duration.ofMinutes(random.nextInt(85 * 24 * 60)));
                List<String> departments = new ArrayList<>(List.of(pick(random, DEPARTMENTS)));
                if (random.nextInt(10) == 0) {
                    departments.add(pick(random, DEPARTMENTS));
                }
                List<String> categories = new ArrayList<>(List.of(pick(random, ReportTables.CATEGORIES)));
                if (random.nextInt(4) == 0) {
                    categories.add(pick(random, ReportTables.CATEGORIES));
                }
                updates.complaintFiled(id, filed, departments, categories, pick(random, ReportTables.CHANNELS),
                        random.nextInt(3) == 0 ? "es" : random.nextInt(8) == 0 ? "zh" : "en", random.nextInt(3) == 0);
                updates.complaintAcknowledged(id, filed.plus(Duration.ofHours(1 + random.nextInt(48))));
                String referral = id + "-r";
                Instant sent = filed.plus(Duration.ofDays(1));
                updates.referralSent(id, referral, departments.get(0), sent,
                        LocalDate.ofInstant(sent, java.time.ZoneOffset.UTC).plusDays(30));
                if (random.nextBoolean()) {
                    updates.departmentResponded(id, referral, sent.plus(Duration.ofDays(5 + random.nextInt(40))));
                }
                if (random.nextInt(3) == 0) {
                    updates.recommendationMade(id, id + "-m", departments.get(0), sent.plus(Duration.ofDays(3)));
                    if (random.nextBoolean()) {
                        updates.recommendationAnswered(id, id + "-m", sent.plus(Duration.ofDays(20)),
                                random.nextBoolean() ? "ACCEPTED" : "REJECTED");
                    }
                }
                if (random.nextInt(3) == 0) {
                    updates.complaintClosed(id, filed.plus(Duration.ofDays(10 + random.nextInt(60))),
                            random.nextBoolean() ? "SUSTAINED" : "NOT_SUSTAINED");
                }
            }
            for (int r = 0; r < 12; r++) {
                String request = "f-" + p + "-" + r;
                updates.federalRequestDocumented(request, pick(random, DEPARTMENTS),
                        start.plus(Duration.ofDays(random.nextInt(89))), pick(random, List.of("DETAINER", "NOTIFICATION")),
                        pick(random, List.of("JUDICIAL_WARRANT", "NONE")), pick(random, List.of("DECLINED", "COMPLIED")));
                if (r % 4 == 0) {
                    updates.federalRequestFlagged(request);
                }
            }
        }
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
