package org.sanctuaryoversight.app.federalrequest;

import java.util.Locale;
import org.sanctuaryoversight.app.federalrequest.FederalRequestInput.NewDocuments;
import java.util.Map;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff JSON API of the registry: a liaison documents and amends their department's requests; the
 * ombudsperson approves the public version. Documents are attached on the pages only. Refusals are the policies'
 * rulings, answered by the application's {@code ApiErrorHandler}. See docs/registry.md.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/federal-requests", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('DEPARTMENT_LIAISON', 'OMBUDSPERSON')")
record FederalRequestStaffApiController(DocumentingFederalRequests documenting, MessageSource messages) {

    record DocumentedResponse(String requestId, boolean flagged, String message) {
    }

    record AmendmentRequest(FederalRequestForm facts, String reason) {
    }

    record ApprovalRequest(String publicSummary) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DocumentedResponse> document(@RequestBody FederalRequestForm form,
                                                @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        DocumentingFederalRequests.Documented documented = documenting.document(form, NewDocuments.none(), principal.member(), locale);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new DocumentedResponse(documented.requestId(), documented.flagged(), messages.getMessage(
                        documented.flagged() ? "registry.documented.flagged" : "registry.documented", null, locale)));
    }

    @PostMapping(path = "/{requestId}/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> amend(@PathVariable String requestId, @RequestBody AmendmentRequest request,
                                              @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        FederalRequestForm facts = request.facts() == null ? FederalRequestForm.empty(null) : request.facts();
        documenting.amend(requestId, facts, request.reason(), NewDocuments.none(), principal.member(), locale);
        return ResponseEntity.ok(Map.of("requestId", requestId,
                "message", messages.getMessage("registry.amended", null, locale)));
    }

    @PostMapping(path = "/{requestId}/public-summary", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    ResponseEntity<Map<String, String>> approve(@PathVariable String requestId, @RequestBody ApprovalRequest request,
                                                @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        documenting.approve(requestId, request.publicSummary(), principal.member(), locale);
        return ResponseEntity.ok(Map.of("requestId", requestId,
                "message", messages.getMessage("registry.approved", null, locale)));
    }
}
