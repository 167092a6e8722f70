package org.sanctuaryoversight.complaint.casework;

import java.time.LocalDate;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * The rules of casework, one named policy each. They enforce the ordinance's "Enforcement and Oversight"
 * section: the oversight body "shall accept and review complaints", investigate them, and report what it
 * found; departments answer it. Each policy returns a {@link CaseRuling}; the complaint aggregate asks
 * the relevant policies before it records anything.
 */
public final class CaseworkPolicies {

    private CaseworkPolicies() {
    }

    /** Decisions of the office (triage, assignment, findings, recommendations, closing, reopening) are the ombudsperson's. */
    public static final class OmbudspersonDecides {
        public static CaseRuling check(StaffMember actor) {
            return actor.role() == StaffRole.OMBUDSPERSON ? CaseRuling.allow()
                    : CaseRuling.forbid("OmbudspersonDecides",
                    "Only the ombudsperson decides on a case (Enforcement and Oversight: the oversight body reviews complaints).");
        }
    }

    /**
     * Casework (acknowledging, recording allegations and investigative steps, referring to departments) is done
     * by the ombudsperson or by the investigator assigned to the case, never by the departments under review.
     */
    public static final class OfficeInvestigates {
        public static CaseRuling check(StaffMember actor, CaseFile file) {
            if (actor.role() == StaffRole.OMBUDSPERSON) {
                return CaseRuling.allow();
            }
            if (actor.role() == StaffRole.INVESTIGATOR
                    && (file.investigatorId().isEmpty() || file.investigatorId().get().equals(actor.userId()))) {
                return CaseRuling.allow();
            }
            return CaseRuling.forbid("OfficeInvestigates",
                    "Only the ombudsperson or the case's assigned investigator works a case; a department never investigates itself.");
        }
    }

    /** A closed case is a record: it changes only by being reopened. */
    public static final class ClosedCaseChangesOnlyByReopening {
        public static CaseRuling check(CaseFile file) {
            return file.closed() ? CaseRuling.reject("ClosedCaseChangesOnlyByReopening",
                    "The case is closed; reopen it before changing it.") : CaseRuling.allow();
        }
    }

    /** A complaint is acknowledged once, before anything else happens to it. */
    public static final class AcknowledgeOnce {
        public static CaseRuling check(CaseFile file) {
            return file.acknowledged() ? CaseRuling.reject("AcknowledgeOnce", "The complaint was already acknowledged.")
                    : CaseRuling.allow();
        }
    }

    /** Triage follows acknowledgement and happens once (a reopened case keeps its triage). */
    public static final class TriageOnceAfterAcknowledgement {
        public static CaseRuling check(CaseFile file, TriageDecision decision, String referredAgency, String duplicateOf) {
            if (!file.acknowledged()) {
                return CaseRuling.reject("TriageOnceAfterAcknowledgement", "Acknowledge the complaint before triage.");
            }
            if (file.triage().isPresent()) {
                return CaseRuling.reject("TriageOnceAfterAcknowledgement", "The case was already triaged.");
            }
            if (decision == null) {
                return CaseRuling.reject("TriageOnceAfterAcknowledgement", "A triage needs a decision.");
            }
            if (decision == TriageDecision.REFER_TO_OTHER_AGENCY && blank(referredAgency)) {
                return CaseRuling.reject("TriageOnceAfterAcknowledgement", "Name the agency the complaint is referred to.");
            }
            if (decision == TriageDecision.DUPLICATE && blank(duplicateOf)) {
                return CaseRuling.reject("TriageOnceAfterAcknowledgement", "Name the case this one duplicates.");
            }
            return CaseRuling.allow();
        }
    }

    /**
     * No investigation, allegation, referral, finding or recommendation before the office accepts the case:
     * the ordinance's review powers reach only complaints within its jurisdiction.
     */
    public static final class NoInvestigationBeforeAcceptance {
        public static CaseRuling check(CaseFile file) {
            if (!file.accepted()) {
                return CaseRuling.reject("NoInvestigationBeforeAcceptance", "The case has not been accepted for investigation.");
            }
            return file.withdrawn() ? CaseRuling.reject("NoInvestigationBeforeAcceptance",
                    "The complainant withdrew the complaint; close the case or reopen it.") : CaseRuling.allow();
        }
    }

    /** Investigators are office staff. */
    public static final class InvestigatorIsOfficeStaff {
        public static CaseRuling check(StaffMember investigator) {
            return investigator != null && (investigator.role() == StaffRole.INVESTIGATOR
                    || investigator.role() == StaffRole.OMBUDSPERSON) ? CaseRuling.allow()
                    : CaseRuling.reject("InvestigatorIsOfficeStaff", "Only an investigator or the ombudsperson can be assigned a case.");
        }
    }

    /** Allegation identifiers are unique within a case; a finding is on a recorded allegation, once. */
    public static final class FindingPerRecordedAllegation {
        public static CaseRuling checkNew(CaseFile file, String allegationId) {
            return file.hasAllegation(allegationId) ? CaseRuling.reject("FindingPerRecordedAllegation",
                    "That allegation is already recorded.") : CaseRuling.allow();
        }

        public static CaseRuling checkFinding(CaseFile file, String allegationId, Finding finding) {
            if (!file.hasAllegation(allegationId)) {
                return CaseRuling.reject("FindingPerRecordedAllegation", "There is no such allegation on this case.");
            }
            if (finding == null) {
                return CaseRuling.reject("FindingPerRecordedAllegation", "Choose a finding.");
            }
            return file.finding(allegationId).isPresent() ? CaseRuling.reject("FindingPerRecordedAllegation",
                    "This allegation already has a finding.") : CaseRuling.allow();
        }
    }

    /** A referral gives the department a due date after the day it is sent. */
    public static final class ReferralHasAFutureDueDate {
        public static CaseRuling check(CaseFile file, String referralId, LocalDate sentOn, LocalDate dueDate) {
            if (file.referral(referralId).isPresent()) {
                return CaseRuling.reject("ReferralHasAFutureDueDate", "That referral was already sent.");
            }
            return dueDate != null && dueDate.isAfter(sentOn) ? CaseRuling.allow()
                    : CaseRuling.reject("ReferralHasAFutureDueDate", "The due date must be after the day the referral is sent.");
        }
    }

    /** A department liaison answers only for their own department, and only a referral still open. */
    public static final class LiaisonAnswersForOwnDepartment {
        public static CaseRuling checkResponse(StaffMember actor, CaseFile file, String referralId) {
            var referral = file.referral(referralId);
            if (referral.isEmpty()) {
                return CaseRuling.reject("LiaisonAnswersForOwnDepartment", "There is no such referral on this case.");
            }
            if (!actor.isLiaisonOf(referral.get().department())) {
                return CaseRuling.forbid("LiaisonAnswersForOwnDepartment",
                        "Only the liaison of the referred department answers a referral.");
            }
            return referral.get().answered() ? CaseRuling.reject("LiaisonAnswersForOwnDepartment",
                    "This referral was already answered.") : CaseRuling.allow();
        }

        /** Recommendations are answered by the department's liaison; the ombudsperson may record an answer received on paper. */
        public static CaseRuling checkAnswer(StaffMember actor, CaseFile file, String recommendationId, RecommendationAnswer answer) {
            var recommendation = file.recommendation(recommendationId);
            if (recommendation.isEmpty()) {
                return CaseRuling.reject("LiaisonAnswersForOwnDepartment", "There is no such recommendation on this case.");
            }
            if (!actor.isLiaisonOf(recommendation.get().department()) && actor.role() != StaffRole.OMBUDSPERSON) {
                return CaseRuling.forbid("LiaisonAnswersForOwnDepartment",
                        "Only the recommended department's liaison or the ombudsperson records its answer.");
            }
            if (answer == null) {
                return CaseRuling.reject("LiaisonAnswersForOwnDepartment", "Choose an answer.");
            }
            RecommendationAnswer previous = recommendation.get().answer();
            boolean allowed = answer == RecommendationAnswer.IMPLEMENTED
                    ? previous == RecommendationAnswer.ACCEPTED
                    : previous == null;
            return allowed ? CaseRuling.allow() : CaseRuling.reject("LiaisonAnswersForOwnDepartment",
                    "A recommendation is accepted or rejected once, and implemented only after it was accepted.");
        }
    }

    /**
     * No closing while an accepted case has an allegation without a finding, unless the complaint was
     * declined at triage or withdrawn: the office must show its work on everything it took on.
     */
    public static final class NoClosingWithOpenAllegations {
        public static CaseRuling check(CaseFile file, String publicSummary) {
            if (blank(publicSummary)) {
                return CaseRuling.reject("NoClosingWithOpenAllegations", "Write the public summary of the case.");
            }
            if (file.triage().isEmpty() && !file.withdrawn()) {
                return CaseRuling.reject("NoClosingWithOpenAllegations", "Triage the complaint before closing it.");
            }
            if (file.accepted() && !file.withdrawn() && file.allegationsWithoutFinding() > 0) {
                return CaseRuling.reject("NoClosingWithOpenAllegations",
                        "Every allegation needs a finding before the case is closed.");
            }
            return CaseRuling.allow();
        }
    }

    /** Only a closed case is reopened. */
    public static final class ReopenOnlyClosed {
        public static CaseRuling check(CaseFile file) {
            return file.closed() ? CaseRuling.allow() : CaseRuling.reject("ReopenOnlyClosed", "The case is not closed.");
        }
    }

    /** A complainant may withdraw an open resident complaint, once. */
    public static final class WithdrawalByTheComplainant {
        public static CaseRuling check(CaseFile file) {
            if (file.reviewCase()) {
                return CaseRuling.reject("WithdrawalByTheComplainant", "A case the office opened itself has no complainant to withdraw it.");
            }
            return file.withdrawn() ? CaseRuling.reject("WithdrawalByTheComplainant", "The complaint was already withdrawn.")
                    : CaseRuling.allow();
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
