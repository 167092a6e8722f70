package org.sanctuaryoversight.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.report.ledger.InMemoryReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.ReportingPeriod;

/**
 * A seeded, reproducible reporting period for the bundle benchmark: complaints spread over the default
 * departments (those of {@code application.yml}), every allegation category, every intake channel and
 * both languages, with the casework that follows a filing (acknowledgement, referral, department
 * response on time or late, recommendation and answer, closure with an outcome, a few reopenings),
 * reviews the office opens itself, and documented federal requests (some amended, some flagged). Rare
 * values (a partner channel barely used, surveillance-data allegations) leave small cells, so
 * disclosure control has real work to do, as it would in a real quarter.
 *
 * <p>Every record is produced by the ledger's own entry points ({@link ReportLedgerUpdates}), in the
 * order the events would arrive, exactly as the {@code report-ledger} projection derives it from the
 * log, but into a staging ledger in memory; {@link #copyTo} then writes each finished record once into
 * the application's ledger. That is the read model a replay of the same events would leave, without
 * paying the replay (measured separately, see "rebuild" in docs/benchmarks.md).
 */
final class SyntheticReportPeriod {

    private static final Weighted DEPARTMENTS = new Weighted()
            .add("police", 34).add("sheriff", 20).add("probation", 6).add("schools", 8).add("health", 7)
            .add("social-services", 6).add("housing", 6).add("public-works", 3).add("transportation", 5)
            .add("courts", 4).add("other", 1);
    private static final Weighted CATEGORIES = new Weighted()
            .add(AllegationCategory.INQUIRING_ABOUT_STATUS, 200).add(AllegationCategory.SHARING_PERSONAL_INFORMATION, 150)
            .add(AllegationCategory.STOP_OR_ARREST_BASED_ON_STATUS, 120)
            .add(AllegationCategory.HONOURING_DETAINER_OR_TRANSFER, 100)
            .add(AllegationCategory.FACILITY_ACCESS_WITHOUT_JUDICIAL_WARRANT, 60)
            .add(AllegationCategory.CUSTODY_INTERVIEW, 60).add(AllegationCategory.OTHER_ASSISTANCE, 80)
            .add(AllegationCategory.SHARING_SURVEILLANCE_DATA, 5).add(AllegationCategory.FAILURE_TO_DOCUMENT_REQUEST, 30)
            .add(AllegationCategory.UNNECESSARY_DETENTION, 70).add(AllegationCategory.RETALIATION, 40)
            .add(AllegationCategory.OTHER, 85);
    /** One filing in 20,000 through the partner API: a handful in a quarter, published as a range. */
    private static final Weighted CHANNELS = new Weighted()
            .add(IntakeChannel.WEB_FORM, 12_000).add(IntakeChannel.PHONE, 3_000).add(IntakeChannel.EMAIL, 2_000)
            .add(IntakeChannel.IN_PERSON, 1_800).add(IntakeChannel.MAIL, 1_199).add(IntakeChannel.PARTNER_API, 1);
    private static final Weighted OUTCOMES = new Weighted()
            .add(CaseOutcome.VIOLATION_FOUND, 15).add(CaseOutcome.POLICY_FAILURE_FOUND, 10)
            .add(CaseOutcome.NO_VIOLATION_FOUND, 35).add(CaseOutcome.NO_JURISDICTION, 15)
            .add(CaseOutcome.REFERRED_TO_OTHER_AGENCY, 10).add(CaseOutcome.DUPLICATE, 10).add(CaseOutcome.WITHDRAWN, 5);
    private static final Weighted ANSWERS = new Weighted()
            .add(RecommendationAnswer.ACCEPTED, 50).add(RecommendationAnswer.REJECTED, 30)
            .add(RecommendationAnswer.IMPLEMENTED, 20);
    private static final Weighted REQUESTING_DEPARTMENTS = new Weighted()
            .add("sheriff", 45).add("police", 40).add("probation", 10).add("courts", 5);
    private static final Weighted REQUEST_TYPES = new Weighted()
            .add(RequestType.INFORMATION_ABOUT_PERSON, 30).add(RequestType.RELEASE_DATE_NOTIFICATION, 25)
            .add(RequestType.DETAINER_HOLD, 20).add(RequestType.TRANSFER_OF_CUSTODY, 8)
            .add(RequestType.INTERVIEW_IN_CUSTODY, 7).add(RequestType.FACILITY_ACCESS, 4)
            .add(RequestType.DATABASE_OR_SURVEILLANCE_DATA, 3).add(RequestType.PERSONNEL_EQUIPMENT_JOINT_OPERATION, 1)
            .add(RequestType.OTHER, 2);
    private static final Weighted LEGAL_DOCUMENTS = new Weighted()
            .add(LegalDocument.NONE, 35).add(LegalDocument.ADMINISTRATIVE_WARRANT, 25).add(LegalDocument.DETAINER, 25)
            .add(LegalDocument.ADMINISTRATIVE_SUBPOENA, 5).add(LegalDocument.JUDICIAL_WARRANT, 7)
            .add(LegalDocument.COURT_ORDER, 3);
    private static final Weighted RESPONSES = new Weighted()
            .add(FederalRequestResponse.DECLINED, 70).add(FederalRequestResponse.COMPLIED, 12)
            .add(FederalRequestResponse.PARTIALLY_COMPLIED, 5).add(FederalRequestResponse.REFERRED_TO_COUNSEL, 8)
            .add(FederalRequestResponse.PENDING, 5);

    private final InMemoryReportLedger staged = new InMemoryReportLedger();

    private SyntheticReportPeriod() {
    }

    /**
     * {@code complaints} filings spread evenly over the period, one review opened by the office per 500
     * filings, and one documented federal request per 50 filings.
     */
    static SyntheticReportPeriod generate(ReportingPeriod period, int complaints, long seed) {
        SyntheticReportPeriod history = new SyntheticReportPeriod();
        ReportLedgerUpdates updates = new ReportLedgerUpdates(history.staged);
        Random random = new Random(seed);
        long periodMinutes = Duration.between(period.startInstant(), period.endInstant()).toMinutes();
        for (int i = 0; i < complaints; i++) {
            String id = String.format("complaint-%07d", i);
            Instant filed = period.startInstant().plus(Duration.ofMinutes(random.nextLong(periodMinutes)));
            List<String> departments = new ArrayList<>();
            if (random.nextInt(100) >= 3) { // 3 in 100 name no department
                departments.add(DEPARTMENTS.pick(random));
                if (random.nextInt(10) == 0) {
                    departments.add(DEPARTMENTS.pick(random));
                }
            }
            List<String> categories = new ArrayList<>(List.of(CATEGORIES.pick(random)));
            if (random.nextInt(4) == 0) {
                categories.add(CATEGORIES.pick(random));
            }
            updates.complaintFiled(id, filed, departments, categories, CHANNELS.pick(random),
                    random.nextInt(3) == 0 ? "es" : "en", random.nextInt(10) < 4);
            casework(updates, random, id, filed, departments);
        }
        for (int i = 0; i < complaints / 500; i++) {
            updates.reviewCaseOpened(String.format("review-%05d", i),
                    period.startInstant().plus(Duration.ofMinutes(random.nextLong(periodMinutes))),
                    DEPARTMENTS.pick(random));
        }
        for (int i = 0; i < complaints / 50; i++) {
            federalRequest(updates, random, String.format("request-%06d", i),
                    period.startInstant().plus(Duration.ofMinutes(random.nextLong(periodMinutes))));
        }
        return history;
    }

    private static void casework(ReportLedgerUpdates updates, Random random, String id, Instant filed,
                                 List<String> departments) {
        if (random.nextInt(100) < 95) {
            updates.complaintAcknowledged(id, filed.plus(Duration.ofHours(1 + random.nextInt(72))));
        }
        if (!departments.isEmpty() && random.nextInt(100) < 60) {
            String referral = id + "-referral";
            Instant sent = filed.plus(Duration.ofHours(24 + random.nextInt(96)));
            updates.referralSent(id, referral, departments.get(0), sent,
                    LocalDate.ofInstant(sent, ZoneOffset.UTC).plusDays(30));
            if (random.nextInt(100) < 75) { // responses from 2 to 50 days: some late, some after the period
                updates.departmentResponded(id, referral, sent.plus(Duration.ofHours(48 + random.nextInt(48 * 24))));
            }
            if (random.nextInt(100) < 8) {
                String recommendation = id + "-recommendation";
                Instant made = sent.plus(Duration.ofDays(10 + random.nextInt(20)));
                updates.recommendationMade(id, recommendation, departments.get(0), made);
                if (random.nextInt(100) < 60) {
                    updates.recommendationAnswered(id, recommendation, made.plus(Duration.ofDays(5 + random.nextInt(35))),
                            ANSWERS.pick(random));
                }
            }
        }
        if (random.nextInt(100) < 35) {
            updates.complaintClosed(id, filed.plus(Duration.ofHours(24 * 5 + random.nextInt(24 * 95))),
                    OUTCOMES.pick(random));
            if (random.nextInt(200) == 0) {
                updates.complaintReopened(id);
            }
        }
    }

    private static void federalRequest(ReportLedgerUpdates updates, Random random, String id, Instant documented) {
        List<RequestType> types = new ArrayList<>(List.of(RequestType.valueOf(REQUEST_TYPES.pick(random))));
        if (random.nextInt(10) == 0) {
            types.add(RequestType.valueOf(REQUEST_TYPES.pick(random)));
        }
        // Joined as the projection joins them: distinct, in the vocabulary's order, with '+'.
        String requestType = types.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining("+"));
        updates.federalRequestDocumented(id, REQUESTING_DEPARTMENTS.pick(random), documented, requestType,
                LEGAL_DOCUMENTS.pick(random), RESPONSES.pick(random));
        if (random.nextInt(100) < 3) {
            updates.federalRequestAmended(id, requestType, LEGAL_DOCUMENTS.pick(random), RESPONSES.pick(random));
        }
        if (random.nextInt(100) < 8) {
            updates.federalRequestFlagged(id);
        }
    }

    int complaintRecords() {
        return staged.complaints().size();
    }

    int federalRequestRecords() {
        return staged.federalRequests().size();
    }

    /** Writes every finished record once into {@code ledger} (the application's, in MongoDB). */
    void copyTo(ReportLedger ledger) {
        staged.complaints().forEach(ledger::save);
        staged.federalRequests().forEach(ledger::save);
    }

    /** A closed vocabulary with relative frequencies; values are kept as the ledger stores them (codes). */
    private static final class Weighted {
        private final List<String> values = new ArrayList<>();
        private final List<Integer> cumulative = new ArrayList<>();
        private int total;

        Weighted add(Object value, int weight) {
            values.add(value instanceof Enum<?> constant ? constant.name() : value.toString());
            total += weight;
            cumulative.add(total);
            return this;
        }

        String pick(Random random) {
            int draw = random.nextInt(total);
            for (int i = 0; ; i++) {
                if (draw < cumulative.get(i)) {
                    return values.get(i);
                }
            }
        }
    }
}
