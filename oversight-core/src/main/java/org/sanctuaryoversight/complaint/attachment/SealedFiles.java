package org.sanctuaryoversight.complaint.attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.CleanFile;
import org.sanctuaryoversight.privacy.PersonalDataVault;

/**
 * Files that belong to a case (the complainant's, and the documents staff and departments add to it) are cleaned by
 * the {@link AttachmentInspector}, sealed with the case's own data key and kept in the {@link AttachmentStore}; the
 * event that records them holds only references. Storing comes before the command and is taken back if the command
 * fails, so no file outlives the record that was not made.
 */
public final class SealedFiles {

    private final AttachmentInspector inspector;
    private final AttachmentStore store;
    private final PersonalDataVault vault;

    public SealedFiles(AttachmentInspector inspector, AttachmentStore store, PersonalDataVault vault) {
        this.inspector = inspector;
        this.store = store;
        this.vault = vault;
    }

    /** How many files, and how large, a case takes at once. */
    public AttachmentInspector limits() {
        return inspector;
    }

    /** Checks and cleans the uploads; nothing is stored. */
    public AttachmentInspector.Inspection inspect(List<AttachmentUpload> uploads) {
        return inspector.inspect(uploads);
    }

    /**
     * Seals and stores the clean files under the case's key, then runs the command that records them; if the command
     * fails, the stored files are deleted again and the failure goes on.
     */
    public <T> T storeThen(String caseId, List<CleanFile> files, Function<List<AttachmentReference>, T> record) {
        List<AttachmentReference> stored = new ArrayList<>();
        try {
            for (CleanFile file : files) {
                String attachmentId = UUID.randomUUID().toString();
                store.store(attachmentId, caseId, vault.sealBytes(caseId, attachmentId, file.content()));
                stored.add(new AttachmentReference(attachmentId, file.type(), file.content().length,
                        file.fileName() == null || file.fileName().isBlank() ? null
                                : vault.seal(caseId, "fileName", attachmentId, file.fileName().strip())));
            }
            return record.apply(List.copyOf(stored));
        } catch (RuntimeException failed) {
            for (AttachmentReference reference : stored) {
                try {
                    store.delete(reference.attachmentId());
                } catch (RuntimeException alsoFailed) {
                    failed.addSuppressed(alsoFailed); // unreadable without the case's key in any case
                }
            }
            throw failed;
        }
    }

    /** A sealed file's plaintext, or nothing when it can no longer be read (the case's personal data was shredded). */
    public java.util.Optional<byte[]> open(String caseId, String attachmentId) {
        return store.load(attachmentId).flatMap(sealed -> vault.openBytes(caseId, attachmentId, sealed));
    }

}
