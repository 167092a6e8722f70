package org.sanctuaryoversight.complaint.intake;

import java.util.List;
import java.util.Set;
import org.sanctuaryoversight.complaint.attachment.AttachmentUpload;

/**
 * A complaint as a resident, a partner organisation or a staff member submits it, before anything is
 * stored. Personal fields are plaintext here and only here: {@link FilingComplaint} seals them.
 *
 * @param incidentDate approximate: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; may be null
 * @param departments  department codes; empty means "I don't know which department"
 * @param anonymous    the person's explicit choice; null means they did not make it, which is refused
 * @param contact      null for an anonymous complaint
 * @param attachments  files sent with it, unchecked; empty when none (the JSON API takes none)
 */
public record ComplaintSubmission(String narrative, String incidentDate, String location, Set<String> departments,
                                  Set<AllegationCategory> allegations, IntakeChannel channel, String language,
                                  Boolean anonymous, ContactDetails contact, List<AttachmentUpload> attachments) {
    public ComplaintSubmission {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
        allegations = allegations == null ? Set.of() : Set.copyOf(allegations);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A submission without files. */
    public ComplaintSubmission(String narrative, String incidentDate, String location, Set<String> departments,
                               Set<AllegationCategory> allegations, IntakeChannel channel, String language,
                               Boolean anonymous, ContactDetails contact) {
        this(narrative, incidentDate, location, departments, allegations, channel, language, anonymous, contact, List.of());
    }

    boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    @Override
    public String toString() {
        return "ComplaintSubmission[channel=" + channel + ", language=" + language + ", anonymous=" + anonymous
                + ", attachments=" + attachments.size() + "]";
    }
}
