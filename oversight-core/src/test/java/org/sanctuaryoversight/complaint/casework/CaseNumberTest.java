package org.sanctuaryoversight.complaint.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The number a page shows for a case: short, and different for different review cases. */
class CaseNumberTest {

    @Test
    void a_complaint_is_numbered_by_the_beginning_of_its_identifier() {
        assertThat(CaseworkQueries.caseNumber("05a142bd-8c1e-4f0a-9b7e-3d2c1b0a9f8e")).isEqualTo("05a142bd");
        assertThat(CaseworkQueries.caseNumber("abcdefab-8c1e-4f0a-9b7e-3d2c1b0a9f8e")).isEqualTo("abcdefab");
    }

    @Test
    void a_review_case_keeps_its_words_and_the_beginning_of_its_identifier() {
        assertThat(CaseworkQueries.caseNumber("review-05a142bd-8c1e-4f0a-9b7e-3d2c1b0a9f8e")).isEqualTo("review-05a142bd");
        assertThat(CaseworkQueries.caseNumber("review-3f0c99aa-8c1e-4f0a-9b7e-3d2c1b0a9f8e"))
                .isNotEqualTo(CaseworkQueries.caseNumber("review-05a142bd-8c1e-4f0a-9b7e-3d2c1b0a9f8e"));
        assertThat(CaseworkQueries.caseNumber("review-alpr-77e0c1d2-2026-04")).isEqualTo("review-alpr-77e0c1d2");
    }
}
