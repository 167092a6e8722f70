package org.sanctuaryoversight.complaint;

import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.sanctuaryoversight.complaint.intake.ReceiptCredential;
import org.sanctuaryoversight.complaint.intake.ReceiptKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class ReceiptCodeTest {

    final SecureRandom random = new SecureRandom();
    final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void a_receipt_code_is_twenty_random_digits_shown_in_groups_of_four() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String formatted = ReceiptCode.generate(random).formatted();
            assertThat(formatted).matches("\\d{4}-\\d{4}-\\d{4}-\\d{4}-\\d{4}");
            codes.add(formatted);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void a_code_is_read_back_however_the_person_typed_or_pasted_it() {
        ReceiptCode code = ReceiptCode.generate(random);
        String digits = code.formatted().replace("-", "");
        assertThat(ReceiptCode.parse(code.formatted())).contains(code);
        assertThat(ReceiptCode.parse(" " + digits.replaceAll("(\\d{4})", "$1 ") + "\n")).contains(code);
        assertThat(ReceiptCode.parse(digits.replaceAll("(\\d{4})", "$1."))).contains(code);
        assertThat(ReceiptCode.parse(digits.substring(1))).isEmpty();
        assertThat(ReceiptCode.parse(digits + "1")).isEmpty();
        assertThat(ReceiptCode.parse("abcd-" + digits.substring(4))).isEmpty();
        assertThat(ReceiptCode.parse(null)).isEmpty();
    }

    @Test
    void a_legacy_credential_matches_its_own_code_only_and_never_contains_it() {
        ReceiptCode code = ReceiptCode.generate(random);
        ReceiptCredential credential = ReceiptCredential.issueLegacy(code, encoder);
        String digits = code.formatted().replace("-", "");

        assertThat(credential.matchesLegacy(code, encoder)).isTrue();
        assertThat(credential.matchesLegacy(ReceiptCode.generate(random), encoder)).isFalse();
        assertThat(credential.toString()).doesNotContain(digits).doesNotContain(digits.substring(0, 8));
        assertThat(code.toString()).doesNotContain(digits.substring(0, 4));
    }

    @Test
    void a_keyed_credential_is_an_hmac_under_the_current_key_that_says_nothing_without_the_key() {
        ReceiptKeys keys = ReceiptKeys.parse(ReceiptKeys.generate() + "2:" + java.util.Base64.getEncoder()
                .encodeToString(new byte[32]) + "\n");
        ReceiptCode code = ReceiptCode.generate(random);
        ReceiptCredential credential = ReceiptCredential.issue(code, keys);
        String digits = code.formatted().replace("-", "");

        assertThat(credential.keyVersion()).isEqualTo(2);
        assertThat(credential.lookupKey()).isEqualTo(keys.lookupKey(code, 2)).hasSize(64)
                .isNotEqualTo(keys.lookupKey(code, 1)).doesNotContain(digits.substring(0, 8));
        assertThat(credential.selectorDigest()).as("no digits of the code kept in clear, not even hashed").isNull();
        assertThat(keys.lookupKey(ReceiptCode.generate(random), 2)).isNotEqualTo(credential.lookupKey());
        assertThat(ReceiptKeys.parse(ReceiptKeys.generate()).lookupKey(code, 1))
                .as("another installation's key gives another lookup").isNotEqualTo(keys.lookupKey(code, 1));
    }
}
