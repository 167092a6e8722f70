package org.sanctuaryoversight.complaint.attachment;

import java.util.Optional;

/**
 * Where the encrypted bytes of attachments are kept. It only ever sees ciphertext: sealing and opening is
 * the {@link org.sanctuaryoversight.privacy.PersonalDataVault}'s job, so shredding a complaint's data key
 * makes its files unreadable here and in every backup of this store.
 */
public interface AttachmentStore {

    void store(String attachmentId, String complaintId, byte[] ciphertext);

    Optional<byte[]> load(String attachmentId);

    /** Removes a file; used to take back the files of a filing that was not stored after all. */
    void delete(String attachmentId);
}
