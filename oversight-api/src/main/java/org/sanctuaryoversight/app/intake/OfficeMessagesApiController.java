package org.sanctuaryoversight.app.intake;

import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.security.StaffPrincipal;
import org.sanctuaryoversight.app.web.NotFoundException;
import org.sanctuaryoversight.complaint.ComplaintMessaging;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office's side of the conversation: read a complaint's messages and write to the complainant, who
 * reads the answer on the status page. Only the ombudsperson and investigators take part.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/complaints/{complaintId}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OMBUDSPERSON', 'INVESTIGATOR')")
class OfficeMessagesApiController {

    private final ComplaintMessaging messaging;
    private final MessageSource messages;

    OfficeMessagesApiController(ComplaintMessaging messaging, MessageSource messages) {
        this.messaging = messaging;
        this.messages = messages;
    }

    record SendRequest(String text) {
    }

    record SentResponse(String messageId) {
    }

    record MessageResponse(String messageId, String author, String sentAt, String text) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SentResponse> send(@PathVariable String complaintId, @RequestBody SendRequest request,
                                      @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        messaging.conversation(complaintId).orElseThrow(() -> notFound(locale));
        String messageId = messaging.sendFromOffice(complaintId, principal.member(), request.text());
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new SentResponse(messageId));
    }

    @GetMapping
    ResponseEntity<List<MessageResponse>> list(@PathVariable String complaintId, Locale locale) {
        var conversation = messaging.conversation(complaintId).orElseThrow(() -> notFound(locale));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(messaging.open(conversation).stream()
                .map(m -> new MessageResponse(m.messageId(), m.author().name(), m.sentAt().toString(),
                        m.text().orElse(null)))
                .toList());
    }

    private NotFoundException notFound(Locale locale) {
        return new NotFoundException(messages.getMessage("intake.api.complaintNotFound", null, locale));
    }
}
