package org.sanctuaryoversight.app.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.attachment.AttachmentUpload;

/**
 * The complaint form as the browser posts it. Only these fields bind (see {@code IntakeForms}'s
 * allowed fields): there is no field for immigration status, citizenship, place of birth or national origin.
 */
public class ComplaintForm {

    private String narrative;
    private String incidentDate;
    private String location;
    private List<String> departments = new ArrayList<>();
    private List<AllegationCategory> allegations = new ArrayList<>();
    /** "yes" or "no"; null when the person has not chosen, which the intake policy refuses. */
    private String anonymous;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String contactPostalAddress;
    private ContactMethod preferredMethod;
    /** The person asks to be told by e-mail when the office writes to them (default off). */
    private boolean notifyByEmail;
    private IntakeChannel channel;
    /** The form's one-time token (see {@code SubmissionTokens}): a second post with it files nothing. */
    private String submissionToken;

    ComplaintSubmission toSubmission(IntakeChannel intakeChannel, String language) {
        return toSubmission(intakeChannel, language, List.of());
    }

    ComplaintSubmission toSubmission(IntakeChannel intakeChannel, String language, List<AttachmentUpload> files) {
        Boolean anonymousChoice = "yes".equals(anonymous) ? Boolean.TRUE : "no".equals(anonymous) ? Boolean.FALSE : null;
        ContactDetails contact = new ContactDetails(trim(contactName), trim(contactEmail), trim(contactPhone),
                trim(contactPostalAddress), preferredMethod, notifyByEmail);
        return new ComplaintSubmission(narrative, trim(incidentDate), location,
                new LinkedHashSet<>(departments.stream().filter(d -> !"unknown".equals(d)).toList()),
                new LinkedHashSet<>(allegations), intakeChannel, language, anonymousChoice,
                contact.isEmpty() && preferredMethod == null && !notifyByEmail ? null : contact, files);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public String getIncidentDate() { return incidentDate; }
    public void setIncidentDate(String incidentDate) { this.incidentDate = incidentDate; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public List<String> getDepartments() { return departments; }
    public void setDepartments(List<String> departments) { this.departments = departments == null ? new ArrayList<>() : departments; }
    public List<AllegationCategory> getAllegations() { return allegations; }
    public void setAllegations(List<AllegationCategory> allegations) { this.allegations = allegations == null ? new ArrayList<>() : allegations; }
    public String getAnonymous() { return anonymous; }
    public void setAnonymous(String anonymous) { this.anonymous = anonymous; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactPostalAddress() { return contactPostalAddress; }
    public void setContactPostalAddress(String contactPostalAddress) { this.contactPostalAddress = contactPostalAddress; }
    public ContactMethod getPreferredMethod() { return preferredMethod; }
    public void setPreferredMethod(ContactMethod preferredMethod) { this.preferredMethod = preferredMethod; }
    public boolean isNotifyByEmail() { return notifyByEmail; }
    public void setNotifyByEmail(boolean notifyByEmail) { this.notifyByEmail = notifyByEmail; }
    public IntakeChannel getChannel() { return channel; }
    public void setChannel(IntakeChannel channel) { this.channel = channel; }
    public String getSubmissionToken() { return submissionToken; }
    public void setSubmissionToken(String submissionToken) { this.submissionToken = submissionToken; }

    @Override
    public String toString() {
        return "ComplaintForm[redacted]";
    }
}
