package org.sanctuaryoversight.complaint.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.ruling.Ruling;

/**
 * What a complaint must contain to be accepted. The ordinance says the oversight body "shall accept
 * and review complaints from any entity or individual" (Enforcement and Oversight), so the bar is
 * deliberately low: something happened, and roughly what kind of violation it was. Everything else is
 * optional, and nothing asks who the person is unless they choose to say.
 *
 * <p>Each broken rule yields an invalid {@link Ruling} on its field, with the message key
 * {@code complaint.<field>.<code>} (public bundles, every language); all of them are reported at once so a person can
 * fix the whole form in one go.
 */
public final class ComplaintIntakePolicy {

    /** 64 KiB of UTF-8: about twenty pages of text, far more than any account needs, small enough to store safely. */
    public static final int MAX_NARRATIVE_BYTES = 64 * 1024;
    public static final int MAX_LOCATION_CHARS = 2_000;
    public static final int MAX_CONTACT_FIELD_CHARS = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,25}$");
    /** A language tag, with its script where the script makes the language ({@code zh-Hans}, {@code zh-Hant}). */
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Z][a-z]{3})?$");

    private final DepartmentDirectory departments;
    private final Clock clock;

    public ComplaintIntakePolicy(DepartmentDirectory departments, Clock clock) {
        this.departments = departments;
        this.clock = clock;
    }

    /** The policy's name in every refusal it makes (clients and logs may rely on it). */
    public static final String RULE = "ComplaintIntakePolicy";

    /** One broken intake rule: the field, and the code of its message ({@code complaint.<field>.<code>}). */
    public static Ruling violation(String field, String code) {
        return Ruling.invalid(RULE, "complaint." + field + "." + code).on(field);
    }

    public List<Ruling> check(ComplaintSubmission submission) {
        List<Ruling> violations = new ArrayList<>();
        String narrative = submission.narrative();
        if (!PlainText.readable(narrative)) {
            violations.add(violation("narrative", "unreadable"));
        } else if (!PlainText.visible(narrative)) {
            violations.add(violation("narrative", "required"));
        } else if (narrative.getBytes(StandardCharsets.UTF_8).length > MAX_NARRATIVE_BYTES) {
            violations.add(violation("narrative", "tooLong"));
        }
        if (submission.incidentDate() != null && !submission.incidentDate().isBlank()) {
            try {
                ApproximateDate.parse(submission.incidentDate(), LocalDate.now(clock));
            } catch (IllegalArgumentException e) {
                violations.add(violation("incidentDate",
                        e.getMessage().contains("future") ? "future" : "invalid"));
            }
        }
        if (!PlainText.readable(submission.location())) {
            violations.add(violation("location", "unreadable"));
        } else if (submission.location() != null && submission.location().length() > MAX_LOCATION_CHARS) {
            violations.add(violation("location", "tooLong"));
        }
        for (String department : submission.departments()) {
            if (!departments.exists(department)) {
                violations.add(violation("departments", "unknown"));
                break;
            }
        }
        if (submission.allegations().isEmpty()) {
            violations.add(violation("allegations", "required"));
        }
        if (submission.channel() == null) {
            violations.add(violation("channel", "required"));
        }
        if (submission.language() == null || !LANGUAGE.matcher(submission.language()).matches()) {
            violations.add(violation("language", "invalid"));
        }
        if (submission.anonymous() == null) {
            violations.add(violation("anonymous", "required"));
        }
        checkContact(submission, violations);
        return violations;
    }

    private static void checkContact(ComplaintSubmission submission, List<Ruling> violations) {
        ContactDetails contact = submission.contact();
        if (contact != null && contact.notifyByEmail() && ContactDetails.blank(contact.email())) {
            // a notice needs somewhere to go; refused rather than quietly ignored, so the person knows
            violations.add(violation("contact.notifyByEmail", "emailRequired"));
        }
        if (contact == null || contact.isEmpty()) {
            if (contact != null && contact.preferredMethod() != null && contact.preferredMethod() != ContactMethod.NONE) {
                violations.add(violation("contact.preferredMethod", "noContactGiven"));
            }
            return;
        }
        if (submission.isAnonymous()) {
            // An explicit choice: we never keep contact details of someone who asked to stay anonymous.
            violations.add(violation("contact", "anonymousWithContact"));
            return;
        }
        for (String[] field : new String[][] {{"contact.name", contact.name()}, {"contact.email", contact.email()},
                {"contact.phone", contact.phone()}, {"contact.postalAddress", contact.postalAddress()}}) {
            if (!PlainText.readable(field[1])) {
                violations.add(violation(field[0], "unreadable"));
            } else if (field[1] != null && field[1].length() > MAX_CONTACT_FIELD_CHARS) {
                violations.add(violation(field[0], "tooLong"));
            }
        }
        if (!ContactDetails.blank(contact.email()) && !EMAIL.matcher(contact.email().trim()).matches()) {
            violations.add(violation("contact.email", "invalid"));
        }
        if (!ContactDetails.blank(contact.phone()) && !PHONE.matcher(contact.phone().trim()).matches()) {
            violations.add(violation("contact.phone", "invalid"));
        }
        ContactMethod method = contact.preferredMethod();
        if (method == ContactMethod.EMAIL && ContactDetails.blank(contact.email())) {
            violations.add(violation("contact.email", "requiredForPreferredMethod"));
        }
        if ((method == ContactMethod.PHONE || method == ContactMethod.TEXT_MESSAGE) && ContactDetails.blank(contact.phone())) {
            violations.add(violation("contact.phone", "requiredForPreferredMethod"));
        }
        if (method == ContactMethod.POST && ContactDetails.blank(contact.postalAddress())) {
            violations.add(violation("contact.postalAddress", "requiredForPreferredMethod"));
        }
    }
}
