package org.sanctuaryoversight.app.casework;

import java.util.Locale;
import java.util.Optional;
import org.sanctuaryoversight.app.security.accesslog.IdentityAccess;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.app.web.NotFoundException;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON equivalent of "Show contact details" ({@link ComplainantContactController}):
 * {@code POST /api/v1/staff/cases/{caseId}/contact} with {@code {"purpose": "...", "note": "..."}}. The view is
 * recorded before anything is decrypted; the answer may not be stored ({@code Cache-Control: no-store}).
 */
@RestController
record ComplainantContactApiController(Casework casework, IdentityAccess identityAccess, MessageSource messages) {

    record ContactRequest(IdentityViewPurpose purpose, String note) {
    }

    /** @param contact null when {@code removed}: the complaint's personal data was shredded */
    record ContactResponse(String caseId, IdentityViewPurpose purpose, boolean removed, ContactJson contact) {
    }

    record ContactJson(String name, String email, String phone, String postalAddress, ContactMethod preferredMethod) {
        static ContactJson of(ContactDetails details) {
            return new ContactJson(details.name(), details.email(), details.phone(), details.postalAddress(),
                    details.preferredMethod());
        }
    }

    @PostMapping("/api/v1/staff/cases/{caseId}/contact")
    @PreAuthorize(CaseworkRoles.OFFICE)
    ResponseEntity<?> show(@PathVariable String caseId, @RequestBody(required = false) ContactRequest request,
                           @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        IdentityViewPurpose purpose = request == null ? null : request.purpose();
        String note = request == null ? null : request.note();
        ViewReason reason = ViewReason.check(purpose == null ? null : purpose.name(), note, messages, locale);
        if (!reason.complete()) {
            throw new InvalidRequestException(reason.errors().entrySet().stream()
                    .map(error -> new FieldError(error.getKey(), error.getValue())).toList());
        }
        if (casework.details(caseId).isEmpty()) {
            throw new NotFoundException(messages.getMessage("casework.error.notFound", null, locale));
        }
        // a refusal (Refusal) becomes a problem document in ApiErrorHandler
        Optional<ContactDetails> contact = identityAccess.view(caseId, principal.member(), purpose, note);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new ContactResponse(caseId, purpose,
                contact.isEmpty(), contact.map(ContactJson::of).orElse(null)));
    }
}
