package org.sanctuaryoversight.complaint.intake;

/**
 * How the office may reach a complainant who chose to give contact details. Every field is optional;
 * the whole record is sealed with the complaint's data key before it reaches an event.
 */
public record ContactDetails(String name, String email, String phone, String postalAddress,
                             ContactMethod preferredMethod) {

    public boolean isEmpty() {
        return blank(name) && blank(email) && blank(phone) && blank(postalAddress);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
