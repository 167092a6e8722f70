package org.sanctuaryoversight.app.casework;

import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.app.web.NotFoundException;
import org.sanctuaryoversight.complaint.casework.CaseworkPolicies.OnlyTheCaseWorkers;
import org.springframework.web.bind.annotation.RequestParam;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
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
 * reads the answer on the status page. The people who work the case take part ({@code OnlyTheCaseWorkers}); reading
 * the messages needs a stated reason ({@code purpose}, {@code note}) and is recorded in the access log.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/complaints/{complaintId}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OMBUDSPERSON', 'INVESTIGATOR')")
record OfficeMessagesApiController(ComplaintMessaging messaging, Casework casework, MessageSource messages) {

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
    ResponseEntity<List<MessageResponse>> list(@PathVariable String complaintId,
                                               @RequestParam(required = false) String purpose,
                                               @RequestParam(required = false) String note,
                                               @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        var details = casework.details(complaintId).orElseThrow(() -> notFound(locale));
        OnlyTheCaseWorkers.check(principal.member(), details.summary().assigneeId()).orThrow();
        ViewReason reason = ViewReason.check(purpose, note, messages, locale);
        if (!reason.complete()) {
            throw new InvalidRequestException(reason.errors().entrySet().stream()
                    .map(error -> new FieldError(error.getKey(), error.getValue())).toList());
        }
        var conversation = messaging.conversation(complaintId).orElseThrow(() -> notFound(locale));
        casework.recordRead(complaintId, principal.member(), reason.purpose(), note.strip());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(messaging.open(conversation).stream()
                .map(m -> new MessageResponse(m.messageId(), m.author().name(), m.sentAt().toString(),
                        m.text().orElse(null)))
                .toList());
    }

    private NotFoundException notFound(Locale locale) {
        return new NotFoundException(messages.getMessage("intake.api.complaintNotFound", null, locale));
    }
}
