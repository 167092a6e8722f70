package org.sanctuaryoversight.complaint.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.sanctuaryoversight.complaint.intake.ReceiptCredential;
import org.sanctuaryoversight.complaint.intake.ReceiptKeys;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.support.InMemoryMongo;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * One receipt index finds a complaint by its code: keyed receipts (HMAC) by one exact lookup under any key version,
 * so a rotated key still finds old receipts; receipts issued before keyed receipts (BCrypt) still resolve.
 */
class ComplaintStatusReceiptsTest {

    static final InMemoryMongo MONGO = new InMemoryMongo();
    static final SecureRandom RANDOM = new SecureRandom();
    static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    static final String KEY_1 = "1:" + Base64.getEncoder().encodeToString(bytes(1)) + "\n";
    static final String KEY_2 = "2:" + Base64.getEncoder().encodeToString(bytes(2)) + "\n";

    @AfterAll
    static void close() {
        MONGO.close();
    }

    static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return key;
    }

    static ComplaintFiledEvent filed(String id, ReceiptCredential receipt) {
        return new ComplaintFiledEvent(id, Instant.parse("2026-11-24T09:00:00Z"), new Sealed(id, "bg=="), null, null,
                Set.of(), Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true, null, receipt);
    }

    @Test
    void keyed_receipts_resolve_under_every_key_version_and_legacy_bcrypt_receipts_still_resolve() {
        var database = MONGO.freshDatabase();
        ReceiptCode legacy = ReceiptCode.generate(RANDOM);
        ReceiptCode underKey1 = ReceiptCode.generate(RANDOM);
        ReceiptCode underKey2 = ReceiptCode.generate(RANDOM);

        // before the key was rotated: one legacy receipt (filed before keyed receipts) and one under key 1
        ComplaintStatusProjection before = new ComplaintStatusProjection(database, ReceiptKeys.parse(KEY_1), BCRYPT);
        before.on(filed("c-legacy", ReceiptCredential.issueLegacy(legacy, BCRYPT)), 0);
        before.on(filed("c-1", ReceiptCredential.issue(underKey1, ReceiptKeys.parse(KEY_1))), 0);

        // after rotation (key 2 added, key 1 kept to find older receipts)
        ComplaintStatusProjection after = new ComplaintStatusProjection(database, ReceiptKeys.parse(KEY_1 + KEY_2), BCRYPT);
        after.on(filed("c-2", ReceiptCredential.issue(underKey2, ReceiptKeys.parse(KEY_1 + KEY_2))), 0);

        assertThat(after.handle(new FindComplaintByReceiptQuery(legacy))).contains("c-legacy");
        assertThat(after.handle(new FindComplaintByReceiptQuery(underKey1))).contains("c-1");
        assertThat(after.handle(new FindComplaintByReceiptQuery(underKey2))).contains("c-2");
        assertThat(after.handle(new FindComplaintStatusQuery(underKey2)))
                .hasValueSatisfying(view -> assertThat(view.status()).isEqualTo(ComplaintStatus.RECEIVED));
        assertThat(after.handle(new FindComplaintByReceiptQuery(ReceiptCode.generate(RANDOM)))).isEmpty();

        // without the key, a keyed receipt cannot be found: what the database holds does not reveal the code
        ComplaintStatusProjection thief = new ComplaintStatusProjection(database,
                ReceiptKeys.parse("1:" + Base64.getEncoder().encodeToString(bytes(9)) + "\n"), BCRYPT);
        assertThat(thief.handle(new FindComplaintByReceiptQuery(underKey1))).isEmpty();
    }

    /** Counts the BCrypt checks a lookup does: the work (and so the time) of a lookup, measured without a clock. */
    static final class CountingEncoder extends BCryptPasswordEncoder {
        final java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();

        CountingEncoder() {
            super(4);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return super.matches(raw, encoded);
        }
    }

    @Test
    void every_lookup_does_the_same_work_so_its_time_reveals_nothing_about_legacy_receipts() {
        var database = MONGO.freshDatabase();
        CountingEncoder encoder = new CountingEncoder();
        ReceiptKeys keys = ReceiptKeys.parse(KEY_1);
        ComplaintStatusProjection projection = new ComplaintStatusProjection(database, keys, encoder);
        ReceiptCode legacy = ReceiptCode.generate(RANDOM);
        ReceiptCode keyed = ReceiptCode.generate(RANDOM);
        projection.on(filed("c-legacy", ReceiptCredential.issueLegacy(legacy, encoder)), 0);
        projection.on(filed("c-keyed", ReceiptCredential.issue(keyed, keys)), 0);
        // same first digits as the legacy receipt (what the selector finds), the rest wrong
        String digits = legacy.formatted().replace("-", "");
        char last = digits.charAt(digits.length() - 1);
        ReceiptCode sameSelector = ReceiptCode.parse(digits.substring(0, digits.length() - 1) + (last == '0' ? '1' : '0'))
                .orElseThrow();

        java.util.Map<String, Integer> work = new java.util.LinkedHashMap<>();
        for (var lookup : java.util.Map.of("legacy hit", legacy, "keyed hit", keyed, "miss with a legacy selector",
                sameSelector, "miss", ReceiptCode.generate(RANDOM)).entrySet()) {
            encoder.checks.set(0);
            projection.handle(new FindComplaintByReceiptQuery(lookup.getValue()));
            work.put(lookup.getKey(), encoder.checks.get());
        }
        assertThat(projection.handle(new FindComplaintByReceiptQuery(legacy))).contains("c-legacy");
        assertThat(projection.handle(new FindComplaintByReceiptQuery(sameSelector))).isEmpty();
        assertThat(work.values()).as(work.toString()).containsOnly(1);

        // where no receipt was ever issued before keyed receipts, no lookup pays for a BCrypt check
        var keyedOnly = MONGO.freshDatabase();
        ComplaintStatusProjection current = new ComplaintStatusProjection(keyedOnly, keys, encoder);
        current.on(filed("c-keyed", ReceiptCredential.issue(keyed, keys)), 0);
        encoder.checks.set(0);
        current.handle(new FindComplaintByReceiptQuery(keyed));
        current.handle(new FindComplaintByReceiptQuery(ReceiptCode.generate(RANDOM)));
        assertThat(encoder.checks.get()).isZero();
    }
}
