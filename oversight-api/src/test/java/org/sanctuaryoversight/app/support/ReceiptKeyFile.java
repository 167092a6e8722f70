package org.sanctuaryoversight.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sanctuaryoversight.complaint.intake.ReceiptKeys;

/** The receipt keys as a file, which a service on a real MongoDB requires and every instance of a deployment shares. */
public final class ReceiptKeyFile {

    private static Path file;

    private ReceiptKeyFile() {
    }

    /** One key file for the whole test run. */
    public static synchronized Path file() {
        if (file == null) {
            try {
                file = Files.createTempFile("receipt-keys", ".txt");
                file.toFile().deleteOnExit();
                Files.writeString(file, ReceiptKeys.generate());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }
}
