package org.sanctuaryoversight.app.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.intake.FiledComplaint;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;

/**
 * The complaint form as both of its entries use it, the resident's ({@link ComplaintFormController}) and the staff
 * member's ({@link StaffIntakeController}): which fields bind, filing at most once per submission token, the receipt
 * page, the form page and the intake policy's refusals next to their fields. One home, so the two entries cannot
 * drift apart.
 */
@Component
record IntakeForms(FilingComplaint filing, DepartmentDirectory departments, MessageSource messages,
                   IntakeProperties properties, SubmissionTokens tokens) {

    /** Not a receipt code (those are digits): what {@link #fileOnce} answers for a form that was already filed. */
    static final String ALREADY_RECEIVED = "already-received";

    static final List<String> FORM_FIELDS = List.of("narrative", "incidentDate", "location", "departments",
            "allegations", "anonymous", "contactName", "contactEmail", "contactPhone", "contactPostalAddress",
            "preferredMethod", "notifyByEmail", "submissionToken");

    /** Parameters of the page that are not the complaint's: the language switch, the files, the CSRF token. */
    static final Set<String> NOT_FORM_FIELDS = Set.of("lang", "attachments", "_csrf");

    /**
     * The form's fields come from the form only: Spring 6.2 would also bind request headers of the same name
     * ({@code Accept-Language} as {@code acceptLanguage}), which are not the person's answers.
     */
    static void onlyFromTheBody(WebDataBinder binder) {
        if (binder instanceof ExtendedServletRequestDataBinder extended) {
            extended.setHeaderPredicate(header -> false);
        }
    }

    /**
     * Fields posted that the form does not have ({@code immigrationStatus}, {@code class.module…},
     * {@code departments[$gt]}): refused as the JSON API refuses unknown fields (issue 18: one rule for both), where
     * the binder alone would drop them silently and file the rest.
     */
    static List<String> unknownFields(BindingResult binding) {
        return Arrays.stream(binding.getSuppressedFields()).filter(f -> !NOT_FORM_FIELDS.contains(f)).toList();
    }

    /** The binder's refusals (a value that is not one of the form's choices), the first per field. */
    Map<String, String> choiceErrors(BindingResult binding, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
                text("intake.error.invalidChoice", locale)));
        return errors;
    }

    /**
     * Files the form unless {@code errors} already refuse it: the receipt page, or the form again with every reason
     * next to its field (400). The staff entry has put its own attributes in the model first.
     */
    String fileOrShowAgain(ComplaintForm form, Map<String, String> errors, Supplier<ComplaintSubmission> submission,
                           Model model, Locale locale, HttpServletResponse response) {
        if (errors.isEmpty()) {
            Optional<String> filed = fileOnce(form, errors, locale, submission);
            if (filed.isPresent()) {
                return received(filed.get(), model, response);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formPage(model, form, errors, locale);
    }

    /**
     * Files the form at most once per submission token (see {@link SubmissionTokens}); shared with the staff entry.
     * Answers the receipt code, or {@link #ALREADY_RECEIVED} when this form was already filed, or nothing when the
     * filing was refused (the reasons are then in {@code errors}).
     */
    Optional<String> fileOnce(ComplaintForm form, Map<String, String> errors, Locale locale,
                              Supplier<ComplaintSubmission> submission) {
        String token = form.getSubmissionToken();
        if (!SubmissionTokens.wellFormed(token)) {
            form.setSubmissionToken(null);
            errors.put("send", text("intake.submission.expired", locale));
            return Optional.empty();
        }
        if (!tokens.claim(token)) {
            // a refreshed receipt page: the same code again while it is remembered, never a second filing
            return Optional.of(tokens.rememberedReceipt(token).orElse(ALREADY_RECEIVED));
        }
        boolean filedIt = false;
        try {
            FiledComplaint filed = filing.file(submission.get());
            filedIt = true;
            String code = filed.receiptCode().formatted();
            tokens.rememberReceipt(token, code);
            return Optional.of(code);
        } catch (Refusal rejected) {
            errors.putAll(fieldErrors(rejected.rulings(), locale));
            return Optional.empty();
        } finally {
            if (!filedIt) {
                tokens.release(token);
            }
        }
    }

    /** The receipt page, or, for a repeated post, the page that says the complaint was already received. */
    static String received(String receiptCode, Model model, HttpServletResponse response) {
        if (ALREADY_RECEIVED.equals(receiptCode)) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "intake/already-received";
        }
        model.addAttribute("receiptCode", receiptCode);
        return "intake/received";
    }

    /** The complaint form, shared with {@link StaffIntakeController} (which sets {@code staffEntry}). */
    String formPage(Model model, ComplaintForm form, Map<String, String> errors, Locale locale) {
        if (!SubmissionTokens.wellFormed(form.getSubmissionToken())) {
            form.setSubmissionToken(tokens.issue());
        }
        model.addAttribute("form", form);
        if (!model.containsAttribute("staffEntry")) {
            model.addAttribute("staffEntry", false);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("departmentList", departments.all());
        model.addAttribute("allegationList", AllegationCategory.values());
        model.addAttribute("contactMethods", ContactMethod.values());
        model.addAttribute("language", locale.toLanguageTag());
        model.addAttribute("maxAttachments", properties.maxAttachments());
        model.addAttribute("maxAttachmentMegabytes", properties.maxAttachmentSize().toMegabytes());
        return "intake/form";
    }

    /**
     * The complaint form again in the language just chosen by its language buttons (the public form's list, the staff
     * intake form's switch), with every answer as typed and the same submission token: nothing is validated, filed,
     * stored or logged, because a person who has typed a long account must not lose it for choosing a language. The
     * buttons post the form without its files (a browser cannot give them back to the file input), so whoever chose
     * files is asked to choose them again.
     */
    String languageSwitchPage(ComplaintForm form, List<String> chosenFiles, Model model, Locale locale,
                              HttpServletResponse response) {
        noStore(response);
        model.addAttribute("chooseFilesAgain", chosenFiles != null && chosenFiles.stream().anyMatch(f -> !f.isBlank()));
        return formPage(model, form, Map.of(), locale);
    }

    /** Maps the intake policy's fields to the form's inputs, with the message in the page's language. */
    Map<String, String> fieldErrors(List<Ruling> violations, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Ruling violation : violations) {
            String field = violation.field() == null ? "send" : switch (violation.field()) {
                case "contact.name" -> "contactName";
                case "contact.email" -> "contactEmail";
                case "contact.phone" -> "contactPhone";
                case "contact.postalAddress" -> "contactPostalAddress";
                case "contact.preferredMethod" -> "preferredMethod";
                case "contact.notifyByEmail" -> "notifyByEmail";
                case "contact" -> "anonymous";
                default -> violation.field();
            };
            String key = violation.reasonKey();
            errors.putIfAbsent(field, "attachments".equals(field)
                    ? messages.getMessage(key, new Object[] {properties.maxAttachments(),
                            properties.maxAttachmentSize().toMegabytes()}, key, locale)
                    : text(key, locale));
        }
        return errors;
    }

    /** The message for {@code key} in the page's language (the key itself if it has none). */
    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Form, receipt and status pages: no browser or proxy may keep them (they carry receipt codes). */
    static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
    }
}
