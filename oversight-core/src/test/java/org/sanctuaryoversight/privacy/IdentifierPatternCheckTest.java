package org.sanctuaryoversight.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierPatternCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Agent asked about A123456789 | aNumber",
            "subject A-123-456-789 in custody | aNumber",
            "su número de extranjero es | aNumber",
            "SSN 123-45-6789 | ssn",
            "número de seguro social | ssn",
            "DOB 03/04/1990 | dateOfBirth",
            "date of birth was given | dateOfBirth",
            "fecha de nacimiento 1990 | dateOfBirth",
            "lives at 123 Main Street | address",
            "vive en Calle Olivo 45 | address",
            "name: somebody | name",
            "Nombre: alguien | name",
            "a man named Carlos | name",
            "called her at (555) 123-4567 | phone",
            "cell 555.123.4567 | phone",
            "+1 555 123 4567 | phone",
            "su teléfono es | phone"})
    void obvious_identifiers_are_found(String text, String kind) {
        assertThat(IdentifierPatternCheck.find(text)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ICE ERO asked by email for the release date of a person in custody; declined per policy.",
            "HSI asked for 30 days of license-plate reader data for the 5th district.",
            "Agente de ICE pidió acceso a la cárcel; se negó por falta de orden judicial.",
            "Referred to the City Attorney on 2026-03-02, answer expected within 10 days.",
            "Report 2026-0412 covers 1200 stops between 2025-01-01 and 2025-03-31."})
    void ordinary_descriptions_pass(String text) {
        assertThat(IdentifierPatternCheck.find(text)).isEmpty();
    }
}
