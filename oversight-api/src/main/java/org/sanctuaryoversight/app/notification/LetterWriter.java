package org.sanctuaryoversight.app.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.sanctuaryoversight.app.notification.Recipients.Recipient;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.notification.Notice;
import org.springframework.context.MessageSource;

/**
 * The words of a letter (bundle {@code i18n/notifications}): one generic sentence, a link, and why the person gets
 * it. Nothing else goes in: no name, no narrative, no place, no department's answer, no message text, never a
 * receipt code. The case number and a due date are the only particulars (neither identifies anyone).
 */
record LetterWriter(MessageSource messages, String baseUrl) {

    /** Subject and plain-text body of one letter. */
    record Words(String subject, String body) {
    }

    Words write(Letter letter, Recipient to) {
        Locale locale = to.locale();
        String kind = letter.notice().name();
        String sentence = letter.deadline() == null ? "notice." + kind + ".text"
                : "notice." + kind + "." + letter.deadline().name() + ".text";
        String dueDate = letter.dueDate() == null ? ""
                : letter.dueDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        Object[] arguments = {link(letter, locale), dueDate, CaseworkQueries.caseNumber(letter.caseId())};
        String footer = letter.toComplainant() ? "notice.footer.complainant" : "notice.footer.staff";
        String body = messages.getMessage(sentence, arguments, locale) + "\n\n"
                + messages.getMessage(footer, new Object[] {baseUrl}, locale) + "\n";
        return new Words(messages.getMessage("notice." + kind + ".subject", arguments, locale), body);
    }

    /** Where the person does what the letter asks. */
    String link(Letter letter, Locale locale) {
        if (letter.toComplainant()) {
            return baseUrl + "/status?lang=" + locale.toLanguageTag();
        }
        boolean forDepartment = letter.notice() == Notice.REFERRAL_SENT
                || letter.deadline() == DeadlineKind.DEPARTMENT_RESPONSE;
        return forDepartment && letter.referralId() != null
                ? baseUrl + "/staff/department/referrals/" + letter.caseId() + "/" + letter.referralId()
                : baseUrl + "/staff/cases/" + letter.caseId();
    }
}
