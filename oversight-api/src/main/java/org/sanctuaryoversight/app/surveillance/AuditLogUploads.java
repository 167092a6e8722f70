package org.sanctuaryoversight.app.surveillance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Executor;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.surveillance.AuditLogUpload;
import org.sanctuaryoversight.surveillance.ImportingAuditLog;
import org.sanctuaryoversight.surveillance.ValidatedAuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepting an uploaded audit log: while the bytes arrive they are validated (the first pass) and copied to an
 * {@link EncryptedSpool}; a bad file is refused then and there and nothing is stored. A good one starts its
 * import, and the second pass runs in the background, one import at a time per instance, reporting its
 * progress to the {@link ImportProgressBoard}; the spool is deleted when it ends, however it ends.
 */
record AuditLogUploads(ImportingAuditLog importing, SurveillanceProperties properties, ImportProgressBoard progress,
                       Executor background) {

    private static final Logger log = LoggerFactory.getLogger(AuditLogUploads.class);

    /**
     * Validates and starts the import of the file, returning its id; the import completes in the background.
     *
     * @throws org.sanctuaryoversight.surveillance.AuditLogProblem  the file is not a valid audit log
     * @throws ImportRefused the import is refused (e.g. imported before), with the import's id
     * @throws IOException reading the upload failed (e.g. it grew past the size limit)
     */
    String accept(InputStream upload, AuditLogUpload request, StaffMember member) throws IOException {
        EncryptedSpool spool = new EncryptedSpool(properties.spoolDirectory());
        ValidatedAuditLog validated;
        int evaluation;
        try {
            try (OutputStream copy = spool.output()) {
                validated = importing.validate(new Tee(upload, copy), request);
            }
            try {
                evaluation = importing.begin(validated, member);
            } catch (Refusal refusal) {
                throw new ImportRefused(validated.importId(), refusal.ruling());
            }
            progress.started(validated.importId(), validated.searches());
        } catch (IOException | RuntimeException refused) {
            spool.close();
            throw refused;
        }
        background.execute(() -> record(validated, evaluation, spool, member));
        return validated.importId();
    }

    private void record(ValidatedAuditLog validated, int evaluation, EncryptedSpool spool, StaffMember member) {
        boolean succeeded = false;
        try (spool; InputStream bytes = spool.input()) {
            importing.record(validated, evaluation, bytes, member, progress.listener(validated.importId()));
            succeeded = true;
        } catch (Exception failure) {
            // The type only: a message from below could quote a line of the file.
            log.error("The import of an audit log stopped before it completed: {}", failure.getClass().getName());
        } finally {
            progress.finished(validated.importId(), succeeded);
        }
    }

    /** A valid file whose import the rules refused, and which import it is (to link to it). */
    static final class ImportRefused extends RuntimeException {
        private final String importId;
        private final transient Ruling ruling;

        ImportRefused(String importId, Ruling ruling) {
            super(ruling.rule(), null, false, false);
            this.importId = importId;
            this.ruling = ruling;
        }

        String importId() {
            return importId;
        }

        Ruling ruling() {
            return ruling;
        }
    }

    /** Copies what the validation reads to the spool, so the second pass reads exactly the same bytes. */
    private static final class Tee extends InputStream {
        private final InputStream in;
        private final OutputStream copy;

        Tee(InputStream in, OutputStream copy) {
            this.in = in;
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                copy.write(buffer, offset, n);
            }
            return n;
        }
    }
}
