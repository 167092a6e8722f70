package org.sanctuaryoversight.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sanctuaryoversight.report.rendering.OfficeSigningKey;

/** The office's report signing key as a file, which a service on a real MongoDB requires. */
public final class SigningKeys {

    private static Path file;

    private SigningKeys() {
    }

    /** One key file for the whole test run, as every instance of one deployment shares one key. */
    public static synchronized Path file() {
        if (file == null) {
            try {
                file = Files.createTempFile("office-signing-key", ".pem");
                file.toFile().deleteOnExit();
                OfficeSigningKey.generate().writePrivateKey(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }
}
