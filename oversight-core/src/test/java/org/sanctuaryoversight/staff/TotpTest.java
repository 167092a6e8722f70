package org.sanctuaryoversight.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The SHA-1 seed of RFC 6238 appendix B. */
    static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "RFC 6238 at {0}s is {1}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matches_the_rfc_6238_sha1_test_vectors(long seconds, String expected) {
        assertThat(Totp.code(SEED, Instant.ofEpochSecond(seconds), 8)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "RFC 4226 HOTP counter {0} is {1}")
    @CsvSource({"0, 755224", "1, 287082", "5, 254676", "9, 520489"})
    void matches_the_rfc_4226_hotp_test_vectors(long counter, String expected) {
        assertThat(Totp.hotp(SEED, counter, 6)).isEqualTo(expected);
    }

    @Test
    void verifies_the_current_step_and_one_step_of_drift_but_not_more() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        String current = Totp.code(SEED, now, 6);
        assertThat(Totp.verify(SEED, current, now)).isTrue();
        assertThat(Totp.verify(SEED, current, now.plusSeconds(30))).isTrue();
        assertThat(Totp.verify(SEED, current, now.minusSeconds(30))).isTrue();
        assertThat(Totp.verify(SEED, current, now.plusSeconds(90))).isFalse();
        assertThat(Totp.verify(SEED, "12345", now)).isFalse();
        assertThat(Totp.verify(SEED, null, now)).isFalse();
    }

    @Test
    void names_the_step_a_code_belongs_to_so_a_used_code_can_be_refused() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = 1_111_111_111L / 30;
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, now, 6), now)).hasValue(step);
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, now, 6), now.plusSeconds(30))).hasValue(step);
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, now.plusSeconds(30), 6), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SEED, "000000x", now)).isEmpty();
    }

    @Test
    void encodes_base32_as_rfc_4648() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32(SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }
}
