package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An ERROR must mean something an operator has to act on. The embedded server logged one, with a stack trace,
 * every time a client dropped its connection; that is routine, and the service's own driver reports every real
 * failure itself.
 */
@OversightTest
@ExtendWith(OutputCaptureExtension.class)
class LogLevelsTest {

    @Autowired
    MongoConfiguration.MongoEndpoint endpoint;

    @Test
    void a_client_dropping_its_connection_to_the_embedded_server_is_not_an_error(CapturedOutput output) throws Exception {
        URI server = URI.create(endpoint.connectionString());
        for (int i = 0; i < 3; i++) {
            try (Socket client = new Socket(server.getHost(), server.getPort())) {
                OutputStream out = client.getOutputStream();
                // half a wire-protocol message, then a reset instead of an orderly close
                out.write("\u0010\u0000\u0000\u0000garbage".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                client.setSoLinger(true, 0);
            }
        }
        Thread.sleep(500);
        assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("exception for client");
    }
}
