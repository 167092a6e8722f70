package org.sanctuaryoversight.report.tables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;

/**
 * A seeded log of ledger updates over several periods that exercises every counter, including updates that move a
 * record to another period or key: a closure reopened and closed again later with another outcome, an allegation
 * recorded again against another department, a finding changed, a federal request amended into another period with
 * other facts, a flag raised later, referrals answered after their period; complaints filed before the effective
 * date; reviews the office opened itself.
 */
public final class CountedHistory {

    public static final ReportingCalendar CALENDAR = new ReportingCalendar(LocalDate.of(2025, 1, 1), 90);
    public static final List<String> DEPARTMENTS = SampleHistory.DEPARTMENTS;

    private CountedHistory() {
    }

    public static List<Consumer<ReportLedgerUpdates>> log(int periods, int perPeriod, long seed) {
        Random random = new Random(seed);
        List<Consumer<ReportLedgerUpdates>> log = new ArrayList<>();
        Instant effective = CALENDAR.period(1).startInstant();
        for (int i = 0; i < 15; i++) {
            complaint(log, random, "early-" + i, effective.minus(Duration.ofHours(1 + random.nextInt(200 * 24))));
        }
        for (int p = 1; p <= periods; p++) {
            Instant start = CALENDAR.period(p).startInstant();
            for (int i = 0; i < perPeriod; i++) {
                complaint(log, random, "c-" + p + "-" + i, start.plus(Duration.ofMinutes(random.nextInt(90 * 24 * 60))));
            }
            for (int i = 0; i < 6; i++) {
                String review = "review-" + p + "-" + i;
                Instant opened = start.plus(Duration.ofDays(random.nextInt(90)));
                String department = random.nextInt(3) == 0 ? null : pick(random, DEPARTMENTS);
                log.add(updates -> updates.reviewCaseOpened(review, opened, department));
                if (random.nextBoolean()) {
                    Instant closed = opened.plus(Duration.ofDays(random.nextInt(120)));
                    log.add(updates -> updates.complaintClosed(review, closed, "NO_VIOLATION"));
                }
            }
            for (int r = 0; r < 25; r++) {
                federalRequest(log, random, "f-" + p + "-" + r, start.plus(Duration.ofMinutes(random.nextInt(90 * 24 * 60))));
            }
            for (int v = 0; v < 20; v++) {
                String view = "c-" + p + "-" + random.nextInt(Math.max(1, perPeriod)) + ":" + v;
                Instant viewed = start.plus(Duration.ofMinutes(random.nextInt(100 * 24 * 60)));
                String purpose = pick(random, ReportTables.IDENTITY_VIEW_PURPOSES);
                log.add(updates -> updates.identityViewed(view, viewed, purpose));
            }
        }
        return log;
    }

    private static void complaint(List<Consumer<ReportLedgerUpdates>> log, Random random, String id, Instant filed) {
        List<String> departments = new ArrayList<>();
        if (random.nextInt(12) != 0) {
            departments.add(pick(random, DEPARTMENTS));
            if (random.nextInt(6) == 0) {
                departments.add(pick(random, DEPARTMENTS));
            }
        }
        List<String> categories = new ArrayList<>(List.of(pick(random, ReportTables.CATEGORIES)));
        if (random.nextInt(4) == 0) {
            categories.add(pick(random, ReportTables.CATEGORIES));
        }
        String channel = pick(random, ReportTables.CHANNELS);
        String language = random.nextInt(3) == 0 ? "es" : random.nextInt(9) == 0 ? "zh" : "en";
        boolean anonymous = random.nextInt(3) == 0;
        log.add(updates -> updates.complaintFiled(id, filed, departments, categories, channel, language, anonymous));
        Instant acknowledged = filed.plus(Duration.ofHours(1 + random.nextInt(72)));
        log.add(updates -> updates.complaintAcknowledged(id, acknowledged));
        String department = departments.isEmpty() ? pick(random, DEPARTMENTS) : departments.get(0);
        if (random.nextInt(5) != 0) {
            String referral = id + "-r";
            Instant sent = filed.plus(Duration.ofHours(2 + random.nextInt(24 * 20)));
            LocalDate due = LocalDate.ofInstant(sent, ZoneOffset.UTC).plusDays(random.nextInt(60));
            log.add(updates -> updates.referralSent(id, referral, department, sent, due));
            if (random.nextInt(3) != 0) {
                Instant responded = sent.plus(Duration.ofSeconds(random.nextInt(80 * 86_400)));
                log.add(updates -> updates.departmentResponded(id, referral, responded));
            }
        }
        if (random.nextInt(3) == 0) {
            String recommendation = id + "-m";
            Instant made = filed.plus(Duration.ofDays(random.nextInt(40)));
            log.add(updates -> updates.recommendationMade(id, recommendation, department, made));
            if (random.nextBoolean()) {
                Instant answered = made.plus(Duration.ofDays(random.nextInt(100)));
                String answer = pick(random, List.of("ACCEPTED", "REJECTED", "IMPLEMENTED", "PARTIAL"));
                log.add(updates -> updates.recommendationAnswered(id, recommendation, answered, answer));
            }
        }
        if (random.nextInt(3) == 0) {
            String allegation = id + "-a";
            log.add(updates -> updates.allegationRecorded(id, allegation, department));
            Instant found = filed.plus(Duration.ofDays(random.nextInt(120)));
            String finding = pick(random, List.of("SUSTAINED", "NOT_SUSTAINED"));
            log.add(updates -> updates.findingRecorded(id, allegation, finding, found));
            if (random.nextInt(3) == 0) {
                // The allegation is recorded again against another department: its finding moves with it.
                String other = pick(random, DEPARTMENTS);
                log.add(updates -> updates.allegationRecorded(id, allegation, other));
            }
            if (random.nextInt(4) == 0) {
                Instant revised = found.plus(Duration.ofDays(random.nextInt(100)));
                log.add(updates -> updates.findingRecorded(id, allegation, "SUSTAINED", revised));
            }
        }
        if (random.nextInt(2) == 0) {
            Instant closed = filed.plus(Duration.ofSeconds(random.nextInt(150 * 86_400)));
            String outcome = pick(random, List.of("VIOLATION_FOUND", "NO_VIOLATION", "WITHDRAWN"));
            log.add(updates -> updates.complaintClosed(id, closed, outcome));
            if (random.nextInt(4) == 0) {
                // Reopened, then closed again later (often in another period) with another outcome.
                log.add(updates -> updates.complaintReopened(id));
                if (random.nextBoolean()) {
                    Instant again = closed.plus(Duration.ofDays(1 + random.nextInt(120)));
                    log.add(updates -> updates.complaintClosed(id, again, "VIOLATION_FOUND"));
                }
            }
        }
    }

    private static void federalRequest(List<Consumer<ReportLedgerUpdates>> log, Random random, String id,
                                       Instant received) {
        String department = pick(random, DEPARTMENTS);
        Instant documented = received.plus(Duration.ofDays(random.nextInt(10) == 0 ? 100 : random.nextInt(5)));
        String type = pick(random, List.of("DETAINER", "NOTIFICATION", "DETAINER+NOTIFICATION"));
        String document = pick(random, List.of("JUDICIAL_WARRANT", "ADMINISTRATIVE_WARRANT", "NONE"));
        String response = pick(random, List.of("DECLINED", "COMPLIED", "PARTIAL"));
        boolean helped = !response.equals("DECLINED") && !document.equals("JUDICIAL_WARRANT");
        log.add(updates -> updates.federalRequestDocumented(id, department, received, documented, type, document,
                response, helped));
        if (random.nextInt(4) == 0) {
            log.add(updates -> updates.federalRequestFlagged(id));
        }
        if (random.nextInt(5) == 0) {
            // Amended: received in another period, other facts.
            Instant corrected = received.minus(Duration.ofDays(random.nextInt(120)));
            log.add(updates -> updates.federalRequestAmended(id, corrected, "TRANSFER", "NONE", "COMPLIED", true));
        }
    }

    /** Applies the log, redelivering now and then the events since an earlier position, as after a crash. */
    public static void apply(List<Consumer<ReportLedgerUpdates>> log, ReportLedgerUpdates updates, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < log.size(); i++) {
            log.get(i).accept(updates);
            if (random.nextInt(50) == 0) {
                for (int j = Math.max(0, i - random.nextInt(8)); j <= i; j++) {
                    log.get(j).accept(updates);
                }
            }
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
