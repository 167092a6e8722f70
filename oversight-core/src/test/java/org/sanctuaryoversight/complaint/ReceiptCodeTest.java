package org.sanctuaryoversight.complaint;

import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.sanctuaryoversight.complaint.intake.ReceiptCredential;
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
    void the_credential_matches_its_own_code_only_and_never_contains_it() {
        ReceiptCode code = ReceiptCode.generate(random);
        ReceiptCredential credential = ReceiptCredential.issue(code, encoder);
        String digits = code.formatted().replace("-", "");

        assertThat(credential.matches(code, encoder)).isTrue();
        assertThat(credential.matches(ReceiptCode.generate(random), encoder)).isFalse();
        assertThat(credential.toString()).doesNotContain(digits).doesNotContain(digits.substring(0, 8));
        assertThat(code.toString()).doesNotContain(digits.substring(0, 4));
    }
}
