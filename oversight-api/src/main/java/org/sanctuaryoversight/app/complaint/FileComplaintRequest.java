package org.sanctuaryoversight.app.complaint;

import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;

/**
 * The JSON body of {@code POST /api/v1/complaints}. Unknown fields are refused, so nobody can slip in
 * data the office must never hold (immigration status, citizenship, place of birth, national origin).
 */
record FileComplaintRequest(String narrative, String incidentDate, String location, List<String> departments,
                            List<AllegationCategory> allegations, String language, Boolean anonymous,
                            Contact contact) {

    /** @param notifyByEmail tell the person by e-mail (a notice with no content) when the office writes to them */
    record Contact(String name, String email, String phone, String postalAddress, ContactMethod preferredMethod,
                   Boolean notifyByEmail) {
    }

    ComplaintSubmission toSubmission(IntakeChannel channel) {
        return new ComplaintSubmission(narrative, incidentDate, location,
                departments == null ? Set.of() : new LinkedHashSet<>(departments),
                allegations == null ? Set.of() : new LinkedHashSet<>(allegations),
                channel,
                language == null ? "en" : language,
                anonymous,
                contact == null ? null : new ContactDetails(contact.name(), contact.email(), contact.phone(),
                        contact.postalAddress(), contact.preferredMethod(), contact.notifyByEmail()));
    }
}
