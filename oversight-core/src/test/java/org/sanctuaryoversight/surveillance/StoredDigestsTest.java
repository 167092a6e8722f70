package org.sanctuaryoversight.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.sanctuaryoversight.complaint.intake.ReceiptCredential;

/**
 * Hashes that stored events carry keep their bytes: a review case id names the same case, a legacy receipt's
 * selector digest still finds its complaint. The values were computed by the hand-written digests these replaced.
 */
class StoredDigestsTest {

    @Test
    void a_review_case_id_is_the_same_as_stored() {
        assertThat(ReviewCaseIds.of("alpr-abc", "agency", AuditRule.IMMIGRATION_REASON))
                .isEqualTo("review-alpr-b410fad863cc5a9887770d0b");
    }

    @Test
    void a_legacy_receipt_selector_digest_is_the_same_as_stored() {
        assertThat(ReceiptCredential.selectorDigest(ReceiptCode.parse("12345678901234567890").orElseThrow()))
                .isEqualTo("71163110a49e4cd9aa67bb229c90784c49dcdacd9c3769ff5a9a6992ad8d68a4");
    }
}
