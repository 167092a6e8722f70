package org.sanctuaryoversight.app.federalrequest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.federalrequest.DocumentPurpose;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.OmbudspersonApprovesPublicRecords;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.OnlyTheDepartmentAndTheOffice;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.StaffRecord;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page of one documented request ({@code registry/staff-record}): what was asked, the legal document, the response,
 * the flags with their rule, clause and reason, the corrections, the documents, the public summary, and the forms the
 * policies allow this person. Who may see it is the rule of who may document it.
 */
@Component
record StaffRecordPage(ReadingStaffRegister register, StaffAccounts accounts) {

    /** The record, if it exists (404) and this person may see it (403: another department's). */
    StaffRecord readable(String requestId, StaffMember member) {
        StaffRecord record = register.record(requestId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!OnlyTheDepartmentAndTheOffice.check(member, record.facts().department()).allowed()) {
            throw new AccessDeniedException("another department's federal request");
        }
        return record;
    }

    String render(StaffRecord record, StaffMember member, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("facts", record.facts());
        model.addAttribute("names", names(record));
        model.addAttribute("numbers", documentNumbers(record));
        model.addAttribute("mayApprove", OmbudspersonApprovesPublicRecords.check(member).allowed());
        model.addAttribute("mayReadCases", member.role() == StaffRole.OMBUDSPERSON);
        model.addAttribute("purposes", DocumentPurpose.values());
        defaults(model, Map.of("summaryErrors", Map.of(), "documentErrors", Map.of(),
                "summaryDraft", record.approval() == null ? "" : record.approval().publicSummary(),
                "chosenDocument", "", "documentPurpose", "", "documentNote", ""));
        return "registry/staff-record";
    }

    /** Staff user ids as the people's names (an account that no longer exists keeps its id). */
    private Map<String, String> names(StaffRecord record) {
        Map<String, String> names = new HashMap<>();
        Stream.concat(Stream.of(record.documentedBy(), record.approval() == null ? null : record.approval().approvedBy()),
                        record.amendments().stream().map(a -> a.amendedBy()))
                .filter(id -> id != null && !names.containsKey(id))
                .forEach(id -> names.put(id, accounts.find(id).map(a -> a.member().displayName()).orElse(id)));
        return names;
    }

    /** "Document 1", "Document 2"…: the files' own names may name the person, so they appear only once opened. */
    private static Map<String, Integer> documentNumbers(StaffRecord record) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        record.documents().forEach(d -> numbers.put(d.attachmentId(), numbers.size() + 1));
        return numbers;
    }

    private static void defaults(Model model, Map<String, Object> values) {
        Set.copyOf(values.keySet()).forEach(key -> {
            if (!model.containsAttribute(key)) {
                model.addAttribute(key, values.get(key));
            }
        });
    }
}
