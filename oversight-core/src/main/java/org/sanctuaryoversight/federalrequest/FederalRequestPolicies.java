package org.sanctuaryoversight.federalrequest;

import java.util.Set;
import org.sanctuaryoversight.privacy.IdentifierPatternCheck;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.ruling.StatedReason;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * Who may do what with a documented federal request, one named policy each (the compliance rules that flag a request
 * are {@link FederalRequestCompliancePolicy}). Each returns a {@link Ruling} whose reason is a message key
 * ({@code rule.<Policy>[.<case>]} in the reasons bundles); the aggregate asks them before it records anything, and the
 * pages ask the same policies before they offer a form.
 */
public final class FederalRequestPolicies {

    public static final int MAX_NOTE = 1_000;

    private FederalRequestPolicies() {
    }

    /**
     * "Public Record": the department that received a request documents it. Its liaison documents, corrects and opens
     * the documents of its own department's requests; the ombudsperson's office, which reviews them all, may do so for
     * any department. Nobody else: another department's liaison, an investigator, an auditor, an administrator.
     */
    public static final class OnlyTheDepartmentAndTheOffice {
        public static Ruling check(StaffMember actor, String department) {
            boolean office = actor != null && actor.role() == StaffRole.OMBUDSPERSON;
            boolean ownDepartment = actor != null && department != null && actor.isLiaisonOf(department);
            return office || ownDepartment ? Ruling.allow()
                    : Ruling.forbid("OnlyTheDepartmentAndTheOffice", "rule.OnlyTheDepartmentAndTheOffice");
        }
    }

    /** A record stays with the department that documented it: a correction cannot move it to another one. */
    public static final class RecordStaysWithItsDepartment {
        public static Ruling check(String documentedFor, String amendedFor) {
            return documentedFor.equals(amendedFor) ? Ruling.allow()
                    : Ruling.invalid("RecordStaysWithItsDepartment", "rule.RecordStaysWithItsDepartment");
        }
    }

    /** "Public Record": what the public reads is the version the oversight body approved, and only it approves. */
    public static final class OmbudspersonApprovesPublicRecords {
        public static Ruling check(StaffMember actor) {
            return actor != null && actor.role() == StaffRole.OMBUDSPERSON ? Ruling.allow()
                    : Ruling.forbid("OmbudspersonApprovesPublicRecords", "rule.OmbudspersonApprovesPublicRecords");
        }
    }

    /**
     * "Protection of Sensitive Information": the public summary describes what the government asked and how the city
     * answered, never who it was about. It is required, and refused when {@link IdentifierPatternCheck} finds an
     * obvious identifier in it.
     */
    public static final class PublicSummaryNamesNoOne {
        public static Ruling check(String summary) {
            if (summary == null || summary.isBlank()) {
                return Ruling.invalid("PublicSummaryNamesNoOne", "rule.PublicSummaryNamesNoOne.required");
            }
            return IdentifierPatternCheck.find(summary).isPresent()
                    ? Ruling.invalid("PublicSummaryNamesNoOne", "rule.PublicSummaryNamesNoOne.identifier")
                    : Ruling.allow();
        }
    }

    /**
     * A document sent with a request (a copy of the detainer or warrant, a letter) is opened for a stated reason, like a
     * complainant's file: a purpose from the list and a note in the person's own words, kept in the access log.
     */
    public static final class EveryOpeningHasAReason {
        public static Ruling check(DocumentPurpose purpose, String note) {
            return StatedReason.check("EveryOpeningHasAReason", purpose, note, MAX_NOTE);
        }
    }

    /** Only a document attached to this request is opened through it. */
    public static final class OnlyDocumentsOfThisRequest {
        public static Ruling check(Set<String> documentIds, String documentId) {
            return documentId != null && documentIds.contains(documentId) ? Ruling.allow()
                    : Ruling.invalid("OnlyDocumentsOfThisRequest", "rule.OnlyDocumentsOfThisRequest");
        }
    }
}
