package org.sanctuaryoversight.app.complaint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.app.web.NotFoundException;
import org.sanctuaryoversight.complaint.status.ComplaintStatusView;
import org.sanctuaryoversight.complaint.intake.FiledComplaint;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.status.FindComplaintStatusQuery;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complaint API for partner organisations: file a complaint, and look up its status by receipt
 * code. The receipt code travels only in a request header or body, never in a URL, so it cannot end up
 * in access logs, browser history or a proxy's cache.
 */
@RestController
@RequestMapping(path = "/api/v1/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
record ComplaintApiController(FilingComplaint filing, QueryGateway queries, MessageSource messages) {

    static final String RECEIPT_HEADER = "X-Receipt-Code";

    record FiledResponse(String receiptCode, String message) {
    }

    record StatusRequest(String receiptCode) {
    }

    record StatusResponse(String status, String statusText, String filedAt, String updatedAt) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FiledResponse> file(@RequestBody FileComplaintRequest request, Locale locale) {
        FiledComplaint filed = filing.file(request.toSubmission(IntakeChannel.PARTNER_API));
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(new FiledResponse(filed.receiptCode().formatted(),
                        messages.getMessage("complaint.filed", null, locale)));
    }

    @GetMapping("/status")
    ResponseEntity<StatusResponse> statusByHeader(@RequestHeader(name = RECEIPT_HEADER, required = false) String code,
                                                  Locale locale) {
        return status(code, RECEIPT_HEADER, locale);
    }

    @PostMapping(path = "/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StatusResponse> statusByBody(@RequestBody StatusRequest request, Locale locale) {
        return status(request.receiptCode(), "receiptCode", locale);
    }

    private ResponseEntity<StatusResponse> status(String code, String field, Locale locale) {
        ReceiptCode receiptCode = ReceiptCode.parse(code).orElseThrow(() -> new InvalidRequestException(
                List.of(new FieldError(field, messages.getMessage(
                        code == null || code.isBlank() ? "receipt.required" : "receipt.invalid", null, locale)))));
        Optional<ComplaintStatusView> view = queries.query(new FindComplaintStatusQuery(receiptCode),
                ResponseTypes.optionalInstanceOf(ComplaintStatusView.class)).join();
        return view.map(found -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new StatusResponse(
                        found.status().name(),
                        messages.getMessage("complaint.status." + found.status().name(), null, locale),
                        found.filedAt().toString(), found.updatedAt().toString())))
                .orElseThrow(() -> new NotFoundException(messages.getMessage("receipt.notFound", null, locale)));
    }
}
