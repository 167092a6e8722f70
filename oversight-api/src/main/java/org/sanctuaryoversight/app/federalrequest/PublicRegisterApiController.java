package org.sanctuaryoversight.app.federalrequest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.federalrequest.PublicRegisterEntry;
import org.sanctuaryoversight.federalrequest.PublicRegisterEntry.PublicFlag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the public register, with the same filters as the page: {@code /api/v1/public/federal-requests.json}
 * and {@code .csv}. Only approved records, only the approved summary, no staff names or ids.
 */
@RestController
@RequestMapping("/api/v1/public")
record PublicRegisterApiController(ReadingPublicRegister register) {

    /**
     * One public record as downloaded; codes, not words, so it is the same in every language.
     *
     * @param complianceFlags the rules the request was flagged under when approved, with their ordinance clause
     */
    record PublicRecordDownload(String id, String department, String receivedMonth, String agency, String channel,
                                List<String> requestTypes, String legalDocument, String response,
                                String publicSummary, String approvedAt, List<PublicFlag> complianceFlags) {
        static PublicRecordDownload of(PublicRegisterEntry entry) {
            var r = entry.record();
            return new PublicRecordDownload(entry.requestId(), r.department(), r.receivedMonth(), r.agency().name(),
                    r.channel().name(), r.requestTypes().stream().map(Enum::name).toList(), r.legalDocument().name(),
                    r.response().name(), r.publicSummary(), entry.approvedAt().toString(), entry.flags());
        }
    }

    @GetMapping(path = "/federal-requests.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<PublicRecordDownload>> json(@RequestParam(required = false) String department,
                                                    @RequestParam(required = false) String type,
                                                    @RequestParam(required = false) String document,
                                                    @RequestParam(required = false) String response,
                                                    @RequestParam(required = false) String month, Locale locale) {
        var filters = register.filters(department, type, document, response, month, locale);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"federal-requests.json\"")
                .body(register.all(filters).stream().map(PublicRecordDownload::of).toList());
    }

    @GetMapping(path = "/federal-requests.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String department,
                               @RequestParam(required = false) String type,
                               @RequestParam(required = false) String document,
                               @RequestParam(required = false) String response,
                               @RequestParam(required = false) String month, Locale locale) {
        var filters = register.filters(department, type, document, response, month, locale);
        StringBuilder csv = new StringBuilder(
                "id,department,received_month,agency,channel,request_types,legal_document,response,public_summary,approved_at,"
                        + "compliance_flags\r\n");
        for (PublicRegisterEntry entry : register.all(filters)) {
            PublicRecordDownload row = PublicRecordDownload.of(entry);
            csv.append(String.join(",", cell(row.id()), cell(row.department()), cell(row.receivedMonth()),
                    cell(row.agency()), cell(row.channel()), cell(String.join(";", row.requestTypes())),
                    cell(row.legalDocument()), cell(row.response()), cell(row.publicSummary()),
                    cell(row.approvedAt()),
                    cell(String.join(";", row.complianceFlags().stream().map(PublicFlag::rule).toList()))))
                    .append("\r\n");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"federal-requests.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 4180 quoting, and a leading apostrophe so a spreadsheet never runs a summary as a formula. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
