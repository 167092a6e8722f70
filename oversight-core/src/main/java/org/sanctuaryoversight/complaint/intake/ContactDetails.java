package org.sanctuaryoversight.complaint.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How the office may reach a complainant who chose to give contact details. Every field is optional;
 * the whole record is sealed with the complaint's data key before it reaches an event.
 *
 * @param notifyByEmail the person asked to be told by e-mail when the office writes to them (a notice with no
 *                      content); never null: records sealed before the choice existed open as false (a wrapper,
 *                      because the application's JSON mapper refuses a missing primitive)
 */
public record ContactDetails(String name, String email, String phone, String postalAddress,
                             ContactMethod preferredMethod, Boolean notifyByEmail) {

    public ContactDetails {
        notifyByEmail = Boolean.TRUE.equals(notifyByEmail);
    }

    /** Contact details without the e-mail notice. */
    public ContactDetails(String name, String email, String phone, String postalAddress, ContactMethod preferredMethod) {
        this(name, email, phone, postalAddress, preferredMethod, Boolean.FALSE);
    }

    /** Where an e-mail notice may go: the person asked for it and gave an address. */
    public java.util.Optional<String> noticeAddress() {
        return notifyByEmail && !blank(email) ? java.util.Optional.of(email.strip()) : java.util.Optional.empty();
    }

    /**
     * Contact details as {@link FilingComplaint} sealed them (JSON written by the application's mapper, derived
     * properties such as {@code empty} included).
     *
     * @throws IllegalStateException without the plaintext in its message
     */
    public static ContactDetails fromJson(ObjectMapper json, String plaintext) {
        try {
            return json.readerFor(ContactDetails.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(plaintext);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored contact details could not be read");
        }
    }

    public boolean isEmpty() {
        return blank(name) && blank(email) && blank(phone) && blank(postalAddress);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
