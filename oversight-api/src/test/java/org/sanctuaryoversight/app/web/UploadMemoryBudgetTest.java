package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 18: the memory held by form posts with files in flight is bounded by a setting, whatever the number of
 * clients. With a budget of 300 KB and posts that declare 120 KB each, two posts in flight fit and the third is refused
 * at once with 503, Retry-After and a page in the person's language; the budget is given back when the posts end, even
 * when their clients went away mid-body.
 */
@OversightTest
@TestPropertySource(properties = "oversight.uploads.memory-budget=300KB")
class UploadMemoryBudgetTest {

    static final int DECLARED = 120 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    UploadMemoryBudget budget;

    /** Starts a form post that declares {@link #DECLARED} bytes and sends only its first part. */
    Socket startUpload() throws Exception {
        return upload(false);
    }

    /**
     * A form post of {@link #DECLARED} bytes; {@code whole}: all of them, as a browser sends them (the server discards a
     * refused body of up to {@code server.tomcat.max-swallow-size} before it answers).
     */
    Socket upload(boolean whole) throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /complaints HTTP/1.1\r\nHost: localhost\r\nAccept-Language: es\r\nAccept: text/html\r\n"
                + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + DECLARED + "\r\n\r\n"
                + "--xyz\r\nContent-Disposition: form-data; name=\"narrative\"\r\n\r\nhello\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        if (whole) {
            int sent = ("--xyz\r\nContent-Disposition: form-data; name=\"narrative\"\r\n\r\nhello\r\n").length();
            out.write(new byte[DECLARED - sent]);
        }
        out.flush();
        return socket;
    }

    @Test
    void the_third_concurrent_upload_is_refused_with_503_and_the_budget_is_given_back() throws Exception {
        long before = budget.reserved();
        try (Socket first = startUpload(); Socket second = startUpload()) {
            // both are being read now (the wait is for the server to take them in, not a timed assertion)
            await().atMost(Duration.ofSeconds(30)).until(() -> budget.reserved() == before + 2L * DECLARED);
            try (Socket third = upload(true)) {
                String answer = RawHttp.answer(third.getInputStream());
                assertThat(answer).startsWith("HTTP/1.1 503");
                assertThat(answer).containsIgnoringCase("Retry-After: 30");
                assertThat(answer).contains("lang=\"es\"").contains("demasiados archivos");
            }
            assertThat(budget.reserved()).isEqualTo(before + 2L * DECLARED);
        }
        // the clients left mid-body: their reservations are released when the server gives up reading
        await().atMost(Duration.ofSeconds(60)).until(() -> budget.reserved() == before);
    }
}
