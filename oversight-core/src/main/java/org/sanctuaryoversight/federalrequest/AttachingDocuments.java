package org.sanctuaryoversight.federalrequest;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sanctuaryoversight.complaint.attachment.AttachmentInspector.CleanFile;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.complaint.attachment.SealedFiles;
import org.sanctuaryoversight.privacy.PersonalDataVault;

/**
 * The documents a department sends with a federal request, kept like a case's files ({@link SealedFiles}: checked and
 * cleaned, image metadata removed, sealed, stored before the command and taken back if it fails), under a data key of
 * the request's own ({@link #keyId}). A copy of a detainer names the person it is about: the office never needs it in
 * clear except when someone opens it, and every opening is recorded first ({@link OpenFederalRequestDocumentCommand}).
 */
public final class AttachingDocuments {

    private final SealedFiles files;
    private final PersonalDataVault vault;

    public AttachingDocuments(SealedFiles files, PersonalDataVault vault) {
        this.files = files;
        this.vault = vault;
    }

    /** The request's data key: its own, apart from every complaint's. */
    public static String keyId(String requestId) {
        return "federal-request:" + requestId;
    }

    /**
     * Seals and stores clean files for the request (creating its data key the first time), then runs the command
     * that records them; if the command fails, the files are removed again and the failure goes on.
     */
    public <T> T storeThen(String requestId, List<CleanFile> clean, Function<List<AttachmentReference>, T> record) {
        String keyId = keyId(requestId);
        if (!clean.isEmpty() && !vault.hasKey(keyId)) {
            vault.createKey(keyId);
        }
        return files.storeThen(keyId, clean, record);
    }

    /** The document's bytes; empty when it is missing or its key was destroyed. Record the opening first. */
    public Optional<byte[]> open(String requestId, AttachmentReference document) {
        return files.open(keyId(requestId), document.attachmentId());
    }

    /** The name the department's device gave the file; empty when it had none. Record the opening first. */
    public Optional<String> fileName(AttachmentReference document) {
        return document.fileName() == null ? Optional.empty() : vault.open(document.fileName());
    }
}
