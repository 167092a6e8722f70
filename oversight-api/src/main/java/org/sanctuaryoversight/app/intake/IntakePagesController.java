package org.sanctuaryoversight.app.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.messages.ComplaintConversation;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.complaint.status.ComplaintStatusView;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.intake.FiledComplaint;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.status.FindComplaintStatusByIdQuery;
import org.sanctuaryoversight.complaint.status.FindComplaintStatusQuery;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.privacy.PersonalDataVault.PersonalDataShreddedException;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.web.Languages;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.WithdrawComplaintCommand;
import org.sanctuaryoversight.complaint.messages.ComplaintMessagesModule;
import org.sanctuaryoversight.complaint.status.ComplaintStatus;
import org.sanctuaryoversight.complaint.status.ComplaintStatusModule;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.app.web.UploadedFiles;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public pages of resident intake. They work without JavaScript, in the person's language, and never
 * put a receipt code in a URL or a log: the confirmation page is the answer to the form's POST (a redirect
 * would need the code in the URL or in server-side session state that a second instance does not share),
 * and the status page is the answer to a POST of the code. Form, confirmation and status are {@code no-store}.
 */
@Controller
class IntakePagesController {

    /** Not a receipt code (those are digits): what {@link #fileOnce} answers for a form that was already filed. */
    static final String ALREADY_RECEIVED = "already-received";

    static final List<String> FORM_FIELDS = List.of("narrative", "incidentDate", "location", "departments",
            "allegations", "anonymous", "contactName", "contactEmail", "contactPhone", "contactPostalAddress",
            "preferredMethod", "notifyByEmail", "submissionToken");

    private final FilingComplaint filing;
    private final ComplaintMessaging messaging;
    private final QueryGateway queries;
    private final DepartmentDirectory departments;
    private final MessageSource messages;
    private final IntakeProperties properties;
    private final CommandGateway commands;
    private final ReadModels readModels;
    private final Refusals refusals;
    private final Clock clock;
    private final SubmissionTokens tokens;

    IntakePagesController(FilingComplaint filing, ComplaintMessaging messaging, QueryGateway queries,
                          DepartmentDirectory departments, MessageSource messages, IntakeProperties properties,
                          CommandGateway commands, ReadModels readModels, Refusals refusals, Clock clock,
                          SubmissionTokens tokens) {
        this.tokens = tokens;
        this.filing = filing;
        this.messaging = messaging;
        this.queries = queries;
        this.departments = departments;
        this.messages = messages;
        this.properties = properties;
        this.commands = commands;
        this.readModels = readModels;
        this.refusals = refusals;
        this.clock = clock;
    }

    @InitBinder("form")
    void onlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(FORM_FIELDS.toArray(String[]::new));
        onlyFromTheBody(binder);
    }

    /**
     * The form's fields come from the form only: Spring 6.2 would also bind request headers of the same name
     * ({@code Accept-Language} as {@code acceptLanguage}), which are not the person's answers.
     */
    static void onlyFromTheBody(WebDataBinder binder) {
        if (binder instanceof org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder
                extended) {
            extended.setHeaderPredicate(header -> false);
        }
    }

    /** Parameters of the page that are not the complaint's: the language switch, the files, the CSRF token. */
    static final java.util.Set<String> NOT_FORM_FIELDS = java.util.Set.of("lang", "attachments", "_csrf");

    /**
     * Fields posted that the form does not have ({@code immigrationStatus}, {@code class.module…},
     * {@code departments[$gt]}): refused as the JSON API refuses unknown fields (issue 18: one rule for both), where
     * the binder alone would drop them silently and file the rest.
     */
    static List<String> unknownFields(BindingResult binding) {
        return java.util.Arrays.stream(binding.getSuppressedFields()).filter(f -> !NOT_FORM_FIELDS.contains(f)).toList();
    }

    @GetMapping("/")
    String home() {
        return "intake/home";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "intake/privacy";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "intake/accessibility";
    }

    @GetMapping("/complaints/new")
    String form(Model model, Locale locale, HttpServletResponse response) {
        noStore(response);
        return formPage(model, new ComplaintForm(), Map.of(), locale);
    }

    /** The form's own language switch: shows the form again in the chosen language with the input kept. */
    @PostMapping("/complaints/new")
    String switchLanguage(@ModelAttribute("form") ComplaintForm form, Model model, Locale locale,
                          HttpServletResponse response) {
        noStore(response);
        return formPage(model, form, Map.of(), locale);
    }

    @PostMapping("/complaints")
    String file(@ModelAttribute("form") ComplaintForm form, BindingResult binding,
                @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments, Model model,
                Locale locale, HttpServletResponse response) {
        noStore(response);
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), text("intake.error.invalidChoice", locale)));
        if (!unknownFields(binding).isEmpty()) {
            errors.put("send", text("api.unknownField", locale));
        }
        if (errors.isEmpty()) {
            Optional<String> filed = fileOnce(form, errors, locale,
                    () -> form.toSubmission(IntakeChannel.WEB_FORM, Languages.of(locale).tag(), UploadedFiles.of(attachments)));
            if (filed.isPresent()) {
                return received(filed.get(), model, response);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formPage(model, form, errors, locale);
    }

    /**
     * The receipt page's own language switch: the page is the answer to the filing, so a plain link would lose the code
     * (it is kept nowhere). The switch posts the code back and the same page is shown in the chosen language; nothing is
     * stored or filed again.
     */
    @PostMapping("/complaints/received")
    String receiptInAnotherLanguage(@RequestParam(name = "receiptCode", required = false) String code, Model model,
                                    Locale locale, HttpServletResponse response) {
        noStore(response);
        Optional<ReceiptCode> receipt = ReceiptCode.parse(code);
        if (receipt.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", Map.of("receiptCode", text("receipt.invalid", locale)));
            return "intake/lookup";
        }
        model.addAttribute("receiptCode", receipt.get().formatted());
        return "intake/received";
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

    @GetMapping("/status")
    String statusLookup(Model model, HttpServletResponse response) {
        noStore(response);
        model.addAttribute("errors", Map.of());
        return "intake/lookup";
    }

    @PostMapping("/status")
    String status(@RequestParam(name = "receiptCode", required = false) String code, Model model, Locale locale,
                  HttpServletResponse response) {
        noStore(response);
        return statusPage(code, resolve(code), model, locale, response, Map.of(), null, null);
    }

    /**
     * The complainant writes to the office. The form carries a one-time token (see {@link SubmissionTokens}), so a
     * refreshed page, which posts it again, does not send the message twice.
     */
    @PostMapping("/status/messages")
    String reply(@RequestParam(name = "receiptCode", required = false) String code,
                 @RequestParam(name = "message", required = false) String message,
                 @RequestParam(name = "sendToken", required = false) String sendToken, Model model, Locale locale,
                 HttpServletResponse response) {
        noStore(response);
        Optional<ComplaintStatusView> complaint = resolve(code);
        if (complaint.isEmpty()) {
            return statusPage(code, complaint, model, locale, response, Map.of(), null, null);
        }
        List<Ruling> violations = ComplaintMessaging.check(message);
        if (!violations.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return statusPage(code, complaint, model, locale, response, fieldErrors(violations, locale), message, null);
        }
        if (!SubmissionTokens.wellFormed(sendToken)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return statusPage(code, complaint, model, locale, response,
                    Map.of("message", text("intake.status.messageFormExpired", locale)), message, null);
        }
        if (!tokens.claim(sendToken)) {
            return statusPage(code, complaint, model, locale, response, Map.of(), null,
                    text("intake.status.messageAlreadySent", locale));
        }
        boolean sent = false;
        try {
            messaging.sendFromComplainant(complaint.get().complaintId(), message);
            sent = true;
            readModels.awaitCaughtUp(ComplaintMessagesModule.PROCESSING_GROUP);
            return statusPage(code, complaint, model, locale, response, Map.of(), null,
                    text("intake.status.messageSent", locale));
        } catch (PersonalDataShreddedException gone) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return statusPage(code, complaint, model, locale, response,
                    Map.of("message", text("intake.status.closedForMessages", locale)), null, null);
        } finally {
            if (!sent) {
                tokens.release(sendToken);
            }
        }
    }

    /**
     * The complainant withdraws the complaint (a rule of casework: once, and not a case the office opened itself);
     * asked to confirm with a box, so a stray click withdraws nothing.
     */
    @PostMapping("/status/withdrawal")
    String withdraw(@RequestParam(name = "receiptCode", required = false) String code,
                    @RequestParam(name = "confirm", required = false) String confirm, Model model, Locale locale,
                    HttpServletResponse response) {
        noStore(response);
        Optional<ComplaintStatusView> complaint = resolve(code);
        if (complaint.isEmpty()) {
            return statusPage(code, complaint, model, locale, response, Map.of(), null, null);
        }
        if (!"yes".equals(confirm)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return statusPage(code, complaint, model, locale, response,
                    Map.of("withdraw", text("complaint.withdraw.required", locale)), null, null);
        }
        String complaintId = complaint.get().complaintId();
        try {
            commands.sendAndWait(new WithdrawComplaintCommand(complaintId, null, clock.instant()));
            readModels.awaitCaughtUp(ComplaintStatusModule.PROCESSING_GROUP);
            return statusPage(code, byId(complaintId), model, locale, response, Map.of(), null,
                    text("complaint.withdraw.done", locale));
        } catch (Refusal refused) {
            response.setStatus(Refusals.status(refused.ruling()).value());
            return statusPage(code, complaint, model, locale, response,
                    Map.of("withdraw", refusals.reason(refused.ruling(), locale)), null, null);
        }
    }

    /** The complaint a typed receipt code belongs to: resolved once per request (one keyed lookup). */
    private Optional<ComplaintStatusView> resolve(String code) {
        return ReceiptCode.parse(code).flatMap(receipt -> queries.query(new FindComplaintStatusQuery(receipt),
                ResponseTypes.optionalInstanceOf(ComplaintStatusView.class)).join());
    }

    private Optional<ComplaintStatusView> byId(String complaintId) {
        return queries.query(new FindComplaintStatusByIdQuery(complaintId),
                ResponseTypes.optionalInstanceOf(ComplaintStatusView.class)).join();
    }

    private String statusPage(String code, Optional<ComplaintStatusView> status, Model model, Locale locale,
                              HttpServletResponse response, Map<String, String> messageErrors, String draft,
                              String notice) {
        Optional<ReceiptCode> receipt = ReceiptCode.parse(code);
        if (receipt.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", Map.of("receiptCode", text(code == null || code.isBlank()
                    ? "receipt.required" : "receipt.invalid", locale)));
            return "intake/lookup";
        }
        Optional<ComplaintConversation> conversation = status.flatMap(found -> messaging.conversation(found.complaintId()));
        if (status.isEmpty() || conversation.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("errors", Map.of("receiptCode", text("receipt.notFound", locale)));
            return "intake/lookup";
        }
        model.addAttribute("status", status.get());
        model.addAttribute("messages", messaging.open(conversation.get()));
        model.addAttribute("receiptCode", receipt.get().formatted());
        model.addAttribute("errors", messageErrors);
        model.addAttribute("draft", draft);
        model.addAttribute("notice", notice);
        model.addAttribute("maxMessageChars", ComplaintMessaging.MAX_MESSAGE_CHARS);
        model.addAttribute("sendToken", tokens.issue());
        model.addAttribute("mayWithdraw", status.get().status() != ComplaintStatus.CLOSED
                && status.get().status() != ComplaintStatus.WITHDRAWN);
        return "intake/status";
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
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("maxAttachments", properties.maxAttachments());
        model.addAttribute("maxAttachmentMegabytes", properties.maxAttachmentSize().toMegabytes());
        return "intake/form";
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

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
    }
}
