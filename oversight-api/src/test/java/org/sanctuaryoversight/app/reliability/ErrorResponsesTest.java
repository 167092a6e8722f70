package org.sanctuaryoversight.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18: the answers the framework and the web server give on their own (405, 415, 413 for a declared length, the
 * 400 for an over-long or non-ASCII header, the form's 413) are RFC 9457 problem documents on the JSON API and the
 * site's own error page on pages, in the caller's language; never a 500, never the web server's own page.
 */
@OversightTest
class ErrorResponsesTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static void spanishProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).contains(detail);
    }

    @Test
    void method_and_media_type_errors_of_the_api_are_problem_documents_in_the_callers_language() {
        spanishProblem(api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"))
                .header("Accept-Language", "es").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build()), 405, "Este método no está permitido");
        spanishProblem(api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"))
                .header("Accept-Language", "es").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build()), 415, "como JSON");
    }

    /** Sends a request as written, with the given header lines, and answers what came back. */
    String raw(String requestLine, String headers, byte[] body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(headers.getBytes(StandardCharsets.UTF_8));
            request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(body);
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            return answer(socket.getInputStream());
        }
    }

    /**
     * The whole answer: the head, then as many bytes as it declares (or up to the last chunk). The server does not
     * close the connection first when the request declared a body it never sent: an answer delimited by the end of the
     * connection is read up to the end of its page or document.
     */
    static String answer(java.io.InputStream in) throws java.io.IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int headEnd = -1;
        long length = -1;
        for (int b; (b = in.read()) >= 0; ) {
            answer.write(b);
            String text = answer.toString(StandardCharsets.UTF_8);
            if (headEnd < 0 && text.endsWith("\r\n\r\n")) {
                headEnd = answer.size();
                java.util.regex.Matcher declared = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
                length = declared.find() ? Long.parseLong(declared.group(1)) : -1;
                if (length == 0) {
                    break;
                }
            } else if (headEnd >= 0 && (length >= 0 ? answer.size() - headEnd >= length
                    : text.endsWith("\r\n0\r\n\r\n") || text.endsWith("</html>") || text.endsWith("}"))) {
                break;
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    @Test
    void a_declared_length_over_the_limit_is_a_problem_document_in_the_callers_language() throws Exception {
        String answer = raw("POST /api/v1/complaints HTTP/1.1",
                "Accept-Language: es\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n", new byte[0]);
        assertThat(status(answer)).as(answer).isEqualTo(413);
        assertThat(answer).contains("application/problem+json").contains("demasiado grande");
    }

    @Test
    void non_ascii_digits_in_the_receipt_header_are_a_field_error_not_a_500() throws Exception {
        String answer = raw("GET /api/v1/complaints/status HTTP/1.1",
                "Accept-Language: es\r\nX-Receipt-Code: \u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660"
                        + "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\r\n", new byte[0]);
        assertThat(status(answer)).as(answer).isEqualTo(400);
        assertThat(answer).contains("application/problem+json");
        String page = raw("GET /complaints/new HTTP/1.1", "Accept-Language: es\r\nX-Note: caf\u00e9 \u2713\r\n", new byte[0]);
        assertThat(status(page)).as(page).isIn(200, 400);
    }

    @Test
    void an_over_long_header_gets_our_answer_not_the_web_servers_page() throws Exception {
        String longHeader = "X-Padding: " + "a".repeat(64 * 1024) + "\r\n";
        String answer = raw("GET /api/v1/complaints/status HTTP/1.1", "Accept-Language: es\r\n" + longHeader, new byte[0]);
        assertThat(status(answer)).as(answer).isEqualTo(400);
        assertThat(answer).contains("application/problem+json").doesNotContain("Tomcat");
        String page = raw("GET /complaints/new HTTP/1.1", "Accept-Language: es\r\n" + longHeader, new byte[0]);
        assertThat(status(page)).as(page).isEqualTo(400);
        assertThat(page).contains("text/html").contains("no fue aceptada").contains("was not accepted").doesNotContain("Tomcat");
    }

    @Test
    void the_forms_413_is_the_sites_page_in_the_persons_language() throws Exception {
        String answer = raw("POST /complaints HTTP/1.1", "Accept-Language: es\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 900000000\r\n", new byte[0]);
        assertThat(status(answer)).as(answer).isEqualTo(413);
        assertThat(answer).contains("text/html").contains("lang=\"es\"").contains("demasiado grandes");
    }
}
