package org.sanctuaryoversight.app.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** For tests that speak HTTP over a bare socket (to declare a length and send less): reading the server's answer. */
public final class RawHttp {

    private RawHttp() {
    }

    /** What the server answered, up to the end of its HTML page or until it closed the connection. */
    public static String answer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("</html>")) {
                    break;
                }
            }
        } catch (java.net.SocketException closed) {
            // the server closes the connection after answering; what it sent is already read
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
