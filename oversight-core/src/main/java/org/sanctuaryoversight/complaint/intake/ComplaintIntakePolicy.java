package org.sanctuaryoversight.complaint.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sanctuaryoversight.department.DepartmentDirectory;

/**
 * What a complaint must contain to be accepted. The ordinance says the oversight body "shall accept
 * and review complaints from any entity or individual" (Enforcement and Oversight), so the bar is
 * deliberately low: something happened, and roughly what kind of violation it was. Everything else is
 * optional, and nothing asks who the person is unless they choose to say.
 *
 * <p>Each rule yields a {@link RuleViolation} with the field and a message code; all violations are
 * reported at once so a person can fix the whole form in one go.
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

    public List<RuleViolation> check(ComplaintSubmission submission) {
        List<RuleViolation> violations = new ArrayList<>();
        String narrative = submission.narrative();
        if (!PlainText.readable(narrative)) {
            violations.add(new RuleViolation("narrative", "unreadable"));
        } else if (!PlainText.visible(narrative)) {
            violations.add(new RuleViolation("narrative", "required"));
        } else if (narrative.getBytes(StandardCharsets.UTF_8).length > MAX_NARRATIVE_BYTES) {
            violations.add(new RuleViolation("narrative", "tooLong"));
        }
        if (submission.incidentDate() != null && !submission.incidentDate().isBlank()) {
            try {
                ApproximateDate.parse(submission.incidentDate(), LocalDate.now(clock));
            } catch (IllegalArgumentException e) {
                violations.add(new RuleViolation("incidentDate",
                        e.getMessage().contains("future") ? "future" : "invalid"));
            }
        }
        if (!PlainText.readable(submission.location())) {
            violations.add(new RuleViolation("location", "unreadable"));
        } else if (submission.location() != null && submission.location().length() > MAX_LOCATION_CHARS) {
            violations.add(new RuleViolation("location", "tooLong"));
        }
        for (String department : submission.departments()) {
            if (!departments.exists(department)) {
                violations.add(new RuleViolation("departments", "unknown"));
                break;
            }
        }
        if (submission.allegations().isEmpty()) {
            violations.add(new RuleViolation("allegations", "required"));
        }
        if (submission.channel() == null) {
            violations.add(new RuleViolation("channel", "required"));
        }
        if (submission.language() == null || !LANGUAGE.matcher(submission.language()).matches()) {
            violations.add(new RuleViolation("language", "invalid"));
        }
        if (submission.anonymous() == null) {
            violations.add(new RuleViolation("anonymous", "required"));
        }
        checkContact(submission, violations);
        return violations;
    }

    private static void checkContact(ComplaintSubmission submission, List<RuleViolation> violations) {
        ContactDetails contact = submission.contact();
        if (contact != null && contact.notifyByEmail() && ContactDetails.blank(contact.email())) {
            // a notice needs somewhere to go; refused rather than quietly ignored, so the person knows
            violations.add(new RuleViolation("contact.notifyByEmail", "emailRequired"));
        }
        if (contact == null || contact.isEmpty()) {
            if (contact != null && contact.preferredMethod() != null && contact.preferredMethod() != ContactMethod.NONE) {
                violations.add(new RuleViolation("contact.preferredMethod", "noContactGiven"));
            }
            return;
        }
        if (submission.isAnonymous()) {
            // An explicit choice: we never keep contact details of someone who asked to stay anonymous.
            violations.add(new RuleViolation("contact", "anonymousWithContact"));
            return;
        }
        for (String[] field : new String[][] {{"contact.name", contact.name()}, {"contact.email", contact.email()},
                {"contact.phone", contact.phone()}, {"contact.postalAddress", contact.postalAddress()}}) {
            if (!PlainText.readable(field[1])) {
                violations.add(new RuleViolation(field[0], "unreadable"));
            } else if (field[1] != null && field[1].length() > MAX_CONTACT_FIELD_CHARS) {
                violations.add(new RuleViolation(field[0], "tooLong"));
            }
        }
        if (!ContactDetails.blank(contact.email()) && !EMAIL.matcher(contact.email().trim()).matches()) {
            violations.add(new RuleViolation("contact.email", "invalid"));
        }
        if (!ContactDetails.blank(contact.phone()) && !PHONE.matcher(contact.phone().trim()).matches()) {
            violations.add(new RuleViolation("contact.phone", "invalid"));
        }
        ContactMethod method = contact.preferredMethod();
        if (method == ContactMethod.EMAIL && ContactDetails.blank(contact.email())) {
            violations.add(new RuleViolation("contact.email", "requiredForPreferredMethod"));
        }
        if ((method == ContactMethod.PHONE || method == ContactMethod.TEXT_MESSAGE) && ContactDetails.blank(contact.phone())) {
            violations.add(new RuleViolation("contact.phone", "requiredForPreferredMethod"));
        }
        if (method == ContactMethod.POST && ContactDetails.blank(contact.postalAddress())) {
            violations.add(new RuleViolation("contact.postalAddress", "requiredForPreferredMethod"));
        }
    }
}
