package org.sanctuaryoversight.app.surveillance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.CollectionCounts;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.RawHttp;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog.Layout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A bad file gets the form again with what is wrong and on which line, in the person's language, and nothing
 * is stored: wrong headers, wrong encoding, a file cut off, a row with the wrong number of fields near the end.
 * An upload over the size limit is refused from its declared length, before its body is read.
 */
@OversightTest
@AutoConfigureMockMvc
class SurveillanceBadUploadsTest {

    static final StaffPrincipal LIAISON = new StaffPrincipal(new StaffMember("alpr-bad-liaison", "Lee",
            StaffRole.DEPARTMENT_LIAISON, "police"));

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    SurveillanceProperties properties;
    @LocalServerPort
    int port;

    final String good = new String(AuditLogs.generate(Layout.NETWORK, 2000, YearMonth.of(2025, 8), 31, null, 3, 0).bytes(),
            StandardCharsets.UTF_8);

    String refused(byte[] file, Locale locale, int status) throws Exception {
        return refused(file, "police", locale, status);
    }

    String refused(byte[] file, String department, Locale locale, int status) throws Exception {
        Map<String, Long> before = settledCounts();
        MockHttpServletResponse response = mvc.perform(AuditLogs.upload(file, department).locale(locale)
                .with(user(LIAISON))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(settledCounts()).as("nothing stored").isEqualTo(before);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    @Test
    void wrong_headers_name_line_1_and_the_missing_columns() throws Exception {
        String page = refused("Plate,Officer,When\n7ABC123,Jane Roe,2025-08-01T10:00:00Z\n".getBytes(StandardCharsets.UTF_8),
                Locale.ENGLISH, 400);
        assertThat(page).contains("Line 1: the columns are not those of a known audit log")
                .contains("Search Time").doesNotContain("7ABC123").doesNotContain("Jane Roe");
        assertThat(refused("Plate,Officer,When\n".getBytes(StandardCharsets.UTF_8), Locale.forLanguageTag("es"), 400))
                .contains("Línea 1: las columnas no son las de un registro de auditoría conocido");
    }

    @Test
    void a_file_not_in_utf8_is_refused_at_the_first_line_that_is_not() throws Exception {
        String[] lines = good.split("\r\n");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < lines.length; i++) {
            // line 1501 as a spreadsheet in Western Europe would save it: "í" as the single byte 0xED
            file.writeBytes((i == 1500 ? "í" + lines[i] : lines[i]).getBytes(i == 1500 ? StandardCharsets.ISO_8859_1
                    : StandardCharsets.UTF_8));
            file.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(refused(file.toByteArray(), "police", Locale.ENGLISH, 400))
                .contains("Line 1501: this line is not UTF-8 text");
    }

    @Test
    void a_truncated_file_and_a_row_with_too_many_values_near_the_end_are_refused_with_their_line() throws Exception {
        String cut = good.substring(0, good.lastIndexOf("UTC\"") - 6);
        assertThat(refused(cut.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH, 400))
                .contains("Line 2001: the file ends in the middle of a search");
        int lastRow = good.lastIndexOf("\r\n", good.length() - 3) + 2;
        String extra = good.substring(0, lastRow) + "one more," + good.substring(lastRow);
        assertThat(refused(extra.getBytes(StandardCharsets.UTF_8), Locale.forLanguageTag("es"), 400))
                .contains("Línea 2001: esta línea tiene 11 valores donde el encabezado tiene 10");
    }

    @Test
    void a_liaison_may_not_upload_another_departments_log() throws Exception {
        assertThat(refused(good.getBytes(StandardCharsets.UTF_8), "sheriff", Locale.ENGLISH, 403)).contains(
                "You can upload logs of your own department only");
    }

    @Test
    void an_upload_declared_larger_than_the_limit_is_refused_before_its_body_is_read() throws Exception {
        Map<String, Long> before = settledCounts();
        long declared = properties.maxUploadSize().toBytes() + 1024 * 1024;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /staff/surveillance/imports HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Accept-Language: es\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: "
                    + declared + "\r\n\r\n--xyz\r\nContent-Disposition: form-data; name=\"department\"\r\n\r\npolice\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = RawHttp.answer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
        }
        assertThat(settledCounts()).isEqualTo(before);
    }

    private Map<String, Long> settledCounts() {
        Processors.awaitCaughtUp(processing, events, 2);
        return CollectionCounts.of(database);
    }
}
