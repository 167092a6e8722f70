package org.sanctuaryoversight.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one SHA-256: the FIPS 180-2 test vector, text as UTF-8, lower-case hex, streaming and whole alike. */
class Sha256Test {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void text_bytes_and_a_stream_give_the_standard_digest_in_lower_case_hex() {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(ABC);
        var streamed = Sha256.digest();
        streamed.update("ab".getBytes(StandardCharsets.UTF_8));
        streamed.update("c".getBytes(StandardCharsets.UTF_8));
        assertThat(Sha256.hex(streamed)).isEqualTo(ABC);
        assertThat(Sha256.of("abc")).hasSize(32).isEqualTo(Sha256.of("abc".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_prefix_is_the_first_bytes_of_the_digest() {
        assertThat(Sha256.hexPrefix("abc", 4)).isEqualTo("ba7816bf");
    }

    @Test
    void text_is_hashed_as_utf8() {
        assertThat(Sha256.of("é")).isEqualTo(Sha256.of(new byte[] {(byte) 0xc3, (byte) 0xa9}));
    }
}
