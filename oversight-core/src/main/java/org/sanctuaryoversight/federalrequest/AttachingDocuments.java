package org.sanctuaryoversight.federalrequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.CleanFile;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.complaint.attachment.AttachmentStore;
import org.sanctuaryoversight.privacy.PersonalDataVault;

/**
 * The documents a department sends with a federal request, kept like a complainant's files: checked and cleaned by
 * the {@link org.sanctuaryoversight.complaint.attachment.AttachmentInspector} (image metadata removed), sealed with a
 * data key of the request's own ({@link #keyId}) and stored encrypted in the {@link AttachmentStore}. A copy of a
 * detainer names the person it is about: the office never needs it in clear except when someone opens it, and every
 * opening is recorded first ({@link OpenFederalRequestDocumentCommand}).
 */
public final class AttachingDocuments {

    private final PersonalDataVault vault;
    private final AttachmentStore store;

    public AttachingDocuments(PersonalDataVault vault, AttachmentStore store) {
        this.vault = vault;
        this.store = store;
    }

    /** The request's data key: its own, apart from every complaint's. */
    public static String keyId(String requestId) {
        return "federal-request:" + requestId;
    }

    /**
     * Seals and stores clean files for the request (creating its data key the first time), before the command that
     * records them; if the command then fails, {@link #takeBack} removes them.
     */
    public List<AttachmentReference> store(String requestId, List<CleanFile> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        String keyId = keyId(requestId);
        if (!vault.hasKey(keyId)) {
            vault.createKey(keyId);
        }
        List<AttachmentReference> stored = new ArrayList<>();
        try {
            for (CleanFile file : files) {
                String documentId = UUID.randomUUID().toString();
                store.store(documentId, requestId, vault.sealBytes(keyId, file.content()));
                stored.add(new AttachmentReference(documentId, file.type(), file.content().length,
                        file.fileName() == null ? null : vault.seal(keyId, file.fileName())));
            }
            return List.copyOf(stored);
        } catch (RuntimeException failed) {
            takeBack(stored, failed);
            throw failed;
        }
    }

    /** Removes files whose command was not recorded; they could not be opened without the record in any case. */
    public void takeBack(List<AttachmentReference> stored, RuntimeException failed) {
        for (AttachmentReference reference : stored) {
            try {
                store.delete(reference.attachmentId());
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
        }
    }

    /** The document's bytes; empty when it is missing or its key was destroyed. Record the opening first. */
    public Optional<byte[]> open(String requestId, AttachmentReference document) {
        return store.load(document.attachmentId())
                .flatMap(ciphertext -> vault.openBytes(keyId(requestId), ciphertext));
    }

    /** The name the department's device gave the file; empty when it had none. Record the opening first. */
    public Optional<String> fileName(AttachmentReference document) {
        return document.fileName() == null ? Optional.empty() : vault.open(document.fileName());
    }
}
