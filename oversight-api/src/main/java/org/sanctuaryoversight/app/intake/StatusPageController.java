package org.sanctuaryoversight.app.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.web.Refusals;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.WithdrawComplaintCommand;
import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.complaint.messages.ComplaintConversation;
import org.sanctuaryoversight.complaint.messages.ComplaintMessagesModule;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.complaint.status.ComplaintStatus;
import org.sanctuaryoversight.complaint.status.ComplaintStatusModule;
import org.sanctuaryoversight.complaint.status.ComplaintStatusView;
import org.sanctuaryoversight.complaint.status.FindComplaintStatusByIdQuery;
import org.sanctuaryoversight.complaint.status.FindComplaintStatusQuery;
import org.sanctuaryoversight.privacy.PersonalDataVault.PersonalDataShreddedException;
import org.sanctuaryoversight.ruling.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The complainant's status page, reached with the receipt code: the complaint's status, the conversation with the
 * office, a message form and the withdrawal. The page is the answer to a POST of the code, so the code is never in a
 * URL or a log; every answer is {@code no-store}.
 */
@Controller
record StatusPageController(IntakeForms forms, ComplaintMessaging messaging, QueryGateway queries,
                            CommandGateway commands, ReadModels readModels, Refusals refusals, Clock clock,
                            SubmissionTokens tokens) {

    @GetMapping("/status")
    String statusLookup(Model model, HttpServletResponse response) {
        IntakeForms.noStore(response);
        model.addAttribute("errors", Map.of());
        return "intake/lookup";
    }

    @PostMapping("/status")
    String status(@RequestParam(name = "receiptCode", required = false) String code, Model model, Locale locale,
                  HttpServletResponse response) {
        IntakeForms.noStore(response);
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
        IntakeForms.noStore(response);
        Optional<ComplaintStatusView> complaint = resolve(code);
        if (complaint.isEmpty()) {
            return statusPage(code, complaint, model, locale, response, Map.of(), null, null);
        }
        List<Ruling> violations = ComplaintMessaging.check(message);
        if (!violations.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return statusPage(code, complaint, model, locale, response, forms.fieldErrors(violations, locale), message,
                    null);
        }
        if (!SubmissionTokens.wellFormed(sendToken)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return statusPage(code, complaint, model, locale, response,
                    Map.of("message", forms.text("intake.status.messageFormExpired", locale)), message, null);
        }
        if (!tokens.claim(sendToken)) {
            return statusPage(code, complaint, model, locale, response, Map.of(), null,
                    forms.text("intake.status.messageAlreadySent", locale));
        }
        boolean sent = false;
        try {
            messaging.sendFromComplainant(complaint.get().complaintId(), message);
            sent = true;
            readModels.awaitCaughtUp(ComplaintMessagesModule.PROCESSING_GROUP);
            return statusPage(code, complaint, model, locale, response, Map.of(), null,
                    forms.text("intake.status.messageSent", locale));
        } catch (PersonalDataShreddedException gone) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return statusPage(code, complaint, model, locale, response,
                    Map.of("message", forms.text("intake.status.closedForMessages", locale)), null, null);
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
        IntakeForms.noStore(response);
        Optional<ComplaintStatusView> complaint = resolve(code);
        if (complaint.isEmpty()) {
            return statusPage(code, complaint, model, locale, response, Map.of(), null, null);
        }
        if (!"yes".equals(confirm)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return statusPage(code, complaint, model, locale, response,
                    Map.of("withdraw", forms.text("complaint.withdraw.required", locale)), null, null);
        }
        String complaintId = complaint.get().complaintId();
        try {
            commands.sendAndWait(new WithdrawComplaintCommand(complaintId, null, clock.instant()));
            readModels.awaitCaughtUp(ComplaintStatusModule.PROCESSING_GROUP);
            return statusPage(code, byId(complaintId), model, locale, response, Map.of(), null,
                    forms.text("complaint.withdraw.done", locale));
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
            model.addAttribute("errors", Map.of("receiptCode", forms.text(code == null || code.isBlank()
                    ? "receipt.required" : "receipt.invalid", locale)));
            return "intake/lookup";
        }
        Optional<ComplaintConversation> conversation = status.flatMap(found -> messaging.conversation(found.complaintId()));
        if (status.isEmpty() || conversation.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("errors", Map.of("receiptCode", forms.text("receipt.notFound", locale)));
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
}
