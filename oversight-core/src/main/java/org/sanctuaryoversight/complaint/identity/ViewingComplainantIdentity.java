package org.sanctuaryoversight.complaint.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * The use case "a member of staff looks at who complained": one {@link RecordIdentityViewCommand} (the complaint
 * checks who asks and why, records {@link ComplainantIdentityViewedEvent} and hands back the sealed contact), then
 * the contact is opened for this one response. Nothing here logs or keeps the plaintext.
 */
public final class ViewingComplainantIdentity {

    private final CommandGateway commands;
    private final PersonalDataVault vault;
    private final ObjectMapper json;
    private final Clock clock;

    public ViewingComplainantIdentity(CommandGateway commands, PersonalDataVault vault, ObjectMapper json, Clock clock) {
        this.commands = commands;
        this.vault = vault;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @return the contact details, or empty when the complaint's personal data was shredded (the view is recorded
     * all the same: it was asked for, with a reason)
     * @throws org.sanctuaryoversight.ruling.Refusal when a policy refuses
     * (nothing is recorded)
     */
    public Optional<ContactDetails> view(String complaintId, StaffMember viewer, IdentityViewPurpose purpose, String note) {
        Sealed contact = commands.sendAndWait(new RecordIdentityViewCommand(complaintId, viewer, purpose, note,
                clock.instant()));
        return contact == null ? Optional.empty()
                : vault.open(contact, complaintId, "contact", complaintId).map(this::read);
    }

    /**
     * Records that {@code viewer} opens one of the files the complainant sent, for the stated reason; only after
     * this returns may the file be decrypted for them.
     *
     * @throws org.sanctuaryoversight.ruling.Refusal when a policy refuses
     * (nothing is recorded)
     */
    public void openFile(String complaintId, String attachmentId, StaffMember viewer, IdentityViewPurpose purpose,
                         String note) {
        commands.sendAndWait(new RecordIdentityViewCommand(complaintId, viewer, purpose, note, clock.instant(),
                attachmentId));
    }

    private ContactDetails read(String plaintext) {
        return ContactDetails.fromJson(json, plaintext);
    }
}
