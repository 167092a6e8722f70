package org.sanctuaryoversight.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonRedactionTest {

    @Test
    void the_searchs_own_plate_and_officer_name_are_cut_out_of_the_reason() {
        assertThat(ReasonRedaction.redact("Stolen vehicle 7abc123, reported by Maria Garcia", "7ABC123", "Maria Garcia"))
                .isEqualTo("Stolen vehicle [plate], reported by [name]");
        assertThat(ReasonRedaction.redact("plate 7 ABC-123 seen; Garcia to follow up", "7ABC123", "Garcia, Maria"))
                .isEqualTo("plate [plate] seen; [name] to follow up");
    }

    @Test
    void words_that_merely_contain_the_plate_or_name_stay() {
        assertThat(ReasonRedaction.redact("Garcias Market burglary", "7ABC123", "Maria Garcia"))
                .isEqualTo("Garcias Market burglary");
        assertThat(ReasonRedaction.redact("Stolen vehicle", "***", "***")).isEqualTo("Stolen vehicle");
    }

    @Test
    void a_long_reason_is_shortened() {
        assertThat(ReasonRedaction.redact("x".repeat(2000), null, null)).hasSize(ReasonRedaction.MAX_REASON + 1);
    }
}
