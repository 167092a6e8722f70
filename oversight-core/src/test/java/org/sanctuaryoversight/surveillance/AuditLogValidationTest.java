package org.sanctuaryoversight.surveillance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog.Layout;

/**
 * The first pass reads the whole file and stops at the first problem, naming its line; a file with a
 * problem anywhere, the last line included, never reaches the second pass.
 */
class AuditLogValidationTest {

    static final String NETWORK_HEADER = SyntheticAuditLog.header(Layout.NETWORK);
    static final Instant FROM = Instant.parse("2026-04-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-04-30T23:00:00Z");
    static final AuditLogUpload POLICE = new AuditLogUpload("police", null, null, null);

    final ImportingAuditLog importing = new ImportingAuditLog(null, null, null,
            AgencyDirectoryTest.rules(Map.of()), List.of(), ZoneId.of("UTC"), Clock.systemUTC());

    static byte[] generated(Layout layout, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticAuditLog.write(new SyntheticAuditLog.Spec(layout, rows, FROM, TO, 5, "Culver City CA PD", null, 5, 0), out);
        return out.toByteArray();
    }

    ValidatedAuditLog validate(byte[] bytes) {
        return importing.validate(new ByteArrayInputStream(bytes), POLICE);
    }

    AuditLogProblem problem(String text) {
        return problem(text.getBytes(StandardCharsets.UTF_8));
    }

    AuditLogProblem problem(byte[] bytes) {
        try {
            validate(bytes);
        } catch (AuditLogProblem problem) {
            return problem;
        }
        throw new AssertionError("the file was accepted");
    }

    static String row(String time) {
        return "a1,Jane Roe,Santa Monica CA PD,3,7ABC123,Stolen vehicle,26-1,," + time + ",search";
    }

    @Test
    void both_flock_layouts_are_recognised_by_their_headers_and_read_whole() throws Exception {
        byte[] network = generated(Layout.NETWORK, 3000);
        ValidatedAuditLog log = validate(network);
        assertThat(log.layout()).isEqualTo(AuditLogLayout.FLOCK_NETWORK);
        assertThat(log.searches()).isEqualTo(3000);
        assertThat(log.periodFrom()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(log.periodTo()).isEqualTo(LocalDate.parse("2026-04-30"));
        assertThat(log.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(network)));
        assertThat(log.importId()).isEqualTo("alpr-" + log.sha256());
        assertThat(validate(generated(Layout.ORGANIZATION_14, 2000)).layout()).isEqualTo(AuditLogLayout.FLOCK_ORGANIZATION);
        assertThat(validate(generated(Layout.ORGANIZATION_13, 2000)).layout()).isEqualTo(AuditLogLayout.FLOCK_ORGANIZATION);
    }

    @Test
    void quoting_a_byte_order_mark_windows_line_ends_and_blank_lines_are_read_as_csv() {
        String text = "\uFEFF" + NETWORK_HEADER + "\r\n\r\n"
                + "a1,\"Roe, Jane\",Santa Monica CA PD,3,7ABC123,\"Robbery, armed\nsecond line\",26-1,,\"04/10/2026, 05:01:33 AM UTC\",search\r\n"
                + "a2,Jane Roe,Santa Monica CA PD,3,7ABC123,\"said \"\"go\"\"\",26-1,,\"04/11/2026, 11:59:59 PM UTC\",lookup";
        ValidatedAuditLog log = validate(text.getBytes(StandardCharsets.UTF_8));
        assertThat(log.searches()).isEqualTo(2);
        assertThat(log.lastSearchAt()).isEqualTo(Instant.parse("2026-04-11T23:59:59Z"));
        // the quoted line break counts: a bad third row is on line 6
        AuditLogProblem problem = problem(text + "\r\na3,too,few");
        assertThat(problem.line()).isEqualTo(6);
    }

    @Test
    void wrong_headers_are_refused_on_line_1_naming_the_missing_columns() {
        AuditLogProblem problem = problem("Plate,Officer,When\n7ABC123,Jane,2026-04-10T05:01:33Z\n");
        assertThat(problem.code()).isEqualTo("headers");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.arguments().get(1)).contains("Search Time").contains("Reason");
        assertThat(problem.getMessage()).doesNotContain("7ABC123");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_at_their_line() {
        byte[] latin1 = (NETWORK_HEADER + "\n" + row("\"04/10/2026, 05:01:33 AM UTC\"") + "\n"
                + row("\"04/10/2026, 06:01:33 AM UTC\"").replace("Stolen vehicle", "Vehículo robado por policía") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        AuditLogProblem problem = problem(latin1);
        assertThat(problem.code()).isEqualTo("encoding");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem(new byte[] {(byte) 0xFF, (byte) 0xFE, 'I', 0, 'D', 0}).code()).as("UTF-16").isEqualTo("encoding");
    }

    @Test
    void a_file_cut_off_in_the_middle_of_a_row_is_called_truncated() {
        byte[] whole = generated(Layout.NETWORK, 2000);
        String text = new String(whole, StandardCharsets.UTF_8);
        String cutInTime = text.substring(0, text.lastIndexOf("UTC\"") - 5);
        AuditLogProblem inQuote = problem(cutInTime);
        assertThat(inQuote.code()).isEqualTo("truncated");
        assertThat(inQuote.line()).isEqualTo(2001);
        String cutAfterReason = text.substring(0, text.lastIndexOf("\r\n", text.length() - 3) + 40);
        AuditLogProblem shortRow = problem(cutAfterReason);
        assertThat(shortRow.code()).isEqualTo("truncated");
        assertThat(shortRow.line()).isEqualTo(2001);
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_near_the_end_is_refused_with_its_line() {
        String text = new String(generated(Layout.ORGANIZATION_14, 2000), StandardCharsets.UTF_8);
        int lastRow = text.lastIndexOf("\r\n", text.length() - 3) + 2;
        String broken = text.substring(0, lastRow) + "extra," + text.substring(lastRow);
        AuditLogProblem problem = problem(broken);
        assertThat(problem.code()).isEqualTo("fieldCount");
        assertThat(problem.line()).isEqualTo(2001);
        assertThat(problem.arguments()).containsExactly("14", "15");
    }

    @Test
    void times_and_the_declared_period_are_checked() {
        assertThat(problem(NETWORK_HEADER + "\n" + row("yesterday") + "\n").code()).isEqualTo("time");
        assertThat(problem(NETWORK_HEADER + "\n" + row("") + "\n").code()).isEqualTo("missingValue");
        byte[] april = (NETWORK_HEADER + "\n" + row("\"04/10/2026, 05:01:33 AM UTC\"") + "\n"
                + row("\"05/01/2026, 00:00:01 AM UTC\"") + "\n").getBytes(StandardCharsets.UTF_8);
        AuditLogProblem outside = org.assertj.core.api.Assertions.catchThrowableOfType(() -> importing.validate(
                new ByteArrayInputStream(april), new AuditLogUpload("police", LocalDate.parse("2026-04-01"),
                        LocalDate.parse("2026-04-30"), null)), AuditLogProblem.class);
        assertThat(outside.code()).isEqualTo("outsidePeriod");
        assertThat(outside.line()).isEqualTo(3);
    }

    @Test
    void an_empty_file_or_one_without_searches_or_period_is_refused_but_a_month_without_searches_is_a_log() {
        assertThat(problem("").code()).isEqualTo("empty");
        assertThat(problem(NETWORK_HEADER + "\n").code()).isEqualTo("noSearches");
        ValidatedAuditLog quiet = importing.validate(new ByteArrayInputStream((NETWORK_HEADER + "\n")
                .getBytes(StandardCharsets.UTF_8)), new AuditLogUpload("police", LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-30"), null));
        assertThat(quiet.searches()).isZero();
        assertThatThrownBy(() -> importing.validate(new ByteArrayInputStream(new byte[0]), new AuditLogUpload("police",
                LocalDate.parse("2026-05-01"), LocalDate.parse("2026-04-01"), null)))
                .isInstanceOfSatisfying(AuditLogProblem.class, p -> assertThat(p.code()).isEqualTo("periodOrder"));
    }

    @Test
    void a_value_longer_than_any_real_one_is_refused_without_reading_it_into_memory() {
        String huge = NETWORK_HEADER + "\n" + row("\"04/10/2026, 05:01:33 AM UTC\"").replace("Stolen vehicle",
                "x".repeat(CsvReader.MAX_FIELD + 1)) + "\n";
        assertThat(problem(huge).code()).isEqualTo("fieldTooLong");
    }
}
