package org.sanctuaryoversight.complaint.casework;

import java.time.LocalDate;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * The rules of casework, one named policy each. They enforce the ordinance's "Enforcement and Oversight"
 * section: the oversight body "shall accept and review complaints", investigate them, and report what it
 * found; departments answer it. Each policy returns a {@link Ruling} whose reason is a message key
 * ({@code rule.<Policy>.<case>}, worded in the application's {@code i18n/rules} bundles); the case file asks the
 * relevant policies before it records anything, and the pages ask the same policies before they offer a form.
 */
public final class CaseworkPolicies {

    private CaseworkPolicies() {
    }

    /** Decisions of the office (triage, assignment, recommendations, closing, reopening) are the ombudsperson's. */
    public static final class OmbudspersonDecides {
        public static Ruling check(StaffMember actor) {
            return actor != null && actor.role() == StaffRole.OMBUDSPERSON ? Ruling.allow()
                    : Ruling.forbid("OmbudspersonDecides", "rule.OmbudspersonDecides");
        }
    }

    /**
     * The sealed material of a case (what the complainant wrote, their contact details and files, the messages,
     * the office's notes, the departments' answers) and the work on it belong to the people who work that case:
     * the ombudsperson, or the investigator assigned to it. Before an investigator is assigned, the ombudsperson
     * only. Never a department under review, an auditor or an administrator. This is the one place the rule is
     * stated: reading (the pages, the JSON API, the access log) and acting (every casework command) ask it.
     * ({@link InvestigatorIsOfficeStaff} decides who may be assigned: a different rule.)
     */
    public static final class OnlyTheCaseWorkers {
        public static Ruling check(StaffMember actor, CaseState file) {
            return check(actor, file.investigatorId().orElse(null));
        }

        /** The same rule from a read model: {@code assignedInvestigatorId} null while the case has no investigator. */
        public static Ruling check(StaffMember actor, String assignedInvestigatorId) {
            if (actor != null && actor.role() == StaffRole.OMBUDSPERSON) {
                return Ruling.allow();
            }
            if (actor != null && actor.role() == StaffRole.INVESTIGATOR && actor.userId().equals(assignedInvestigatorId)) {
                return Ruling.allow();
            }
            return Ruling.forbid("OnlyTheCaseWorkers", assignedInvestigatorId == null
                    ? "rule.OnlyTheCaseWorkers.unassigned" : "rule.OnlyTheCaseWorkers.assigned");
        }
    }

    /** A closed case is a record: it changes only by being reopened. */
    public static final class ClosedCaseChangesOnlyByReopening {
        public static Ruling check(CaseState file) {
            return file.closed() ? Ruling.conflict("ClosedCaseChangesOnlyByReopening", "rule.ClosedCaseChangesOnlyByReopening")
                    : Ruling.allow();
        }
    }

    /** A complaint is acknowledged once, before anything else happens to it. */
    public static final class AcknowledgeOnce {
        public static Ruling check(CaseState file) {
            return file.acknowledged() ? Ruling.conflict("AcknowledgeOnce", "rule.AcknowledgeOnce") : Ruling.allow();
        }
    }

    /** Triage follows acknowledgement and happens once (a reopened case keeps its triage). */
    public static final class TriageOnceAfterAcknowledgement {
        /** Whether the case can be triaged now, whatever the decision. */
        public static Ruling check(CaseState file) {
            if (!file.acknowledged()) {
                return Ruling.conflict("TriageOnceAfterAcknowledgement", "rule.TriageOnceAfterAcknowledgement.acknowledgeFirst");
            }
            return file.triage().isPresent()
                    ? Ruling.conflict("TriageOnceAfterAcknowledgement", "rule.TriageOnceAfterAcknowledgement.once")
                    : Ruling.allow();
        }

        public static Ruling check(CaseState file, TriageDecision decision, String referredAgency, String duplicateOf) {
            Ruling now = check(file);
            if (!now.allowed()) {
                return now;
            }
            if (decision == null) {
                return Ruling.invalid("TriageOnceAfterAcknowledgement", "rule.TriageOnceAfterAcknowledgement.decision");
            }
            if (decision == TriageDecision.REFER_TO_OTHER_AGENCY && blank(referredAgency)) {
                return Ruling.invalid("TriageOnceAfterAcknowledgement", "rule.TriageOnceAfterAcknowledgement.agency");
            }
            if (decision == TriageDecision.DUPLICATE && blank(duplicateOf)) {
                return Ruling.invalid("TriageOnceAfterAcknowledgement", "rule.TriageOnceAfterAcknowledgement.duplicateOf");
            }
            return Ruling.allow();
        }
    }

    /**
     * No investigation, allegation, referral, finding or recommendation before the office accepts the case:
     * the ordinance's review powers reach only complaints within its jurisdiction.
     */
    public static final class NoInvestigationBeforeAcceptance {
        public static Ruling check(CaseState file) {
            if (!file.accepted()) {
                return Ruling.conflict("NoInvestigationBeforeAcceptance", "rule.NoInvestigationBeforeAcceptance.notAccepted");
            }
            return file.withdrawn() ? Ruling.conflict("NoInvestigationBeforeAcceptance",
                    "rule.NoInvestigationBeforeAcceptance.withdrawn") : Ruling.allow();
        }
    }

    /** Investigators are office staff. */
    public static final class InvestigatorIsOfficeStaff {
        public static Ruling check(StaffMember investigator) {
            return investigator != null && (investigator.role() == StaffRole.INVESTIGATOR
                    || investigator.role() == StaffRole.OMBUDSPERSON) ? Ruling.allow()
                    : Ruling.invalid("InvestigatorIsOfficeStaff", "rule.InvestigatorIsOfficeStaff");
        }
    }

    /**
     * Allegation identifiers are unique within a case; a finding is on a recorded allegation, once. The people who
     * work the case record findings; the ombudsperson confirms the outcome they imply when closing.
     */
    public static final class FindingPerRecordedAllegation {
        public static Ruling checkNew(CaseState file, String allegationId) {
            return file.hasAllegation(allegationId) ? Ruling.conflict("FindingPerRecordedAllegation",
                    "rule.FindingPerRecordedAllegation.recorded") : Ruling.allow();
        }

        public static Ruling checkFinding(CaseState file, String allegationId, Finding finding) {
            if (!file.hasAllegation(allegationId)) {
                return Ruling.invalid("FindingPerRecordedAllegation", "rule.FindingPerRecordedAllegation.noSuchAllegation");
            }
            if (finding == null) {
                return Ruling.invalid("FindingPerRecordedAllegation", "rule.FindingPerRecordedAllegation.choose");
            }
            return file.finding(allegationId).isPresent() ? Ruling.conflict("FindingPerRecordedAllegation",
                    "rule.FindingPerRecordedAllegation.once") : Ruling.allow();
        }
    }

    /** A referral gives the department a due date after the day it is sent. */
    public static final class ReferralHasAFutureDueDate {
        public static Ruling check(CaseState file, String referralId, LocalDate sentOn, LocalDate dueDate) {
            if (file.referral(referralId).isPresent()) {
                return Ruling.conflict("ReferralHasAFutureDueDate", "rule.ReferralHasAFutureDueDate.sent");
            }
            return dueDate != null && dueDate.isAfter(sentOn) ? Ruling.allow()
                    : Ruling.invalid("ReferralHasAFutureDueDate", "rule.ReferralHasAFutureDueDate.future");
        }
    }

    /** A department liaison answers only for their own department, and only a referral still open. */
    public static final class LiaisonAnswersForOwnDepartment {
        public static Ruling checkResponse(StaffMember actor, CaseState file, String referralId) {
            var referral = file.referral(referralId);
            if (referral.isEmpty()) {
                return Ruling.invalid("LiaisonAnswersForOwnDepartment", "rule.LiaisonAnswersForOwnDepartment.noSuchReferral");
            }
            if (actor == null || !actor.isLiaisonOf(referral.get().department())) {
                return Ruling.forbid("LiaisonAnswersForOwnDepartment", "rule.LiaisonAnswersForOwnDepartment.referral");
            }
            return referral.get().answered() ? Ruling.conflict("LiaisonAnswersForOwnDepartment",
                    "rule.LiaisonAnswersForOwnDepartment.answered") : Ruling.allow();
        }

        /** Recommendations are answered by the department's liaison; the ombudsperson may record an answer received on paper. */
        public static Ruling checkAnswer(StaffMember actor, CaseState file, String recommendationId, RecommendationAnswer answer) {
            var recommendation = file.recommendation(recommendationId);
            if (recommendation.isEmpty()) {
                return Ruling.invalid("LiaisonAnswersForOwnDepartment",
                        "rule.LiaisonAnswersForOwnDepartment.noSuchRecommendation");
            }
            if (actor == null || (!actor.isLiaisonOf(recommendation.get().department())
                    && actor.role() != StaffRole.OMBUDSPERSON)) {
                return Ruling.forbid("LiaisonAnswersForOwnDepartment", "rule.LiaisonAnswersForOwnDepartment.recommendation");
            }
            if (answer == null) {
                return Ruling.invalid("LiaisonAnswersForOwnDepartment", "rule.LiaisonAnswersForOwnDepartment.choose");
            }
            return nextAnswers(recommendation.get().answer()).contains(answer) ? Ruling.allow()
                    : Ruling.conflict("LiaisonAnswersForOwnDepartment", "rule.LiaisonAnswersForOwnDepartment.order");
        }

        /** The answers a recommendation can get next: accepted or rejected once, implemented only after accepted. */
        public static java.util.Set<RecommendationAnswer> nextAnswers(RecommendationAnswer previous) {
            if (previous == null) {
                return java.util.EnumSet.of(RecommendationAnswer.ACCEPTED, RecommendationAnswer.REJECTED);
            }
            return previous == RecommendationAnswer.ACCEPTED ? java.util.EnumSet.of(RecommendationAnswer.IMPLEMENTED)
                    : java.util.EnumSet.noneOf(RecommendationAnswer.class);
        }
    }

    /**
     * No closing while an accepted case has an allegation without a finding, unless the complaint was
     * declined at triage or withdrawn: the office must show its work on everything it took on.
     */
    public static final class NoClosingWithOpenAllegations {
        /** Whether the case can be closed now, before the summary is written. */
        public static Ruling check(CaseState file) {
            if (file.triage().isEmpty() && !file.withdrawn()) {
                return Ruling.conflict("NoClosingWithOpenAllegations", "rule.NoClosingWithOpenAllegations.triageFirst");
            }
            if (file.accepted() && !file.withdrawn() && file.allegationsWithoutFinding() > 0) {
                return Ruling.conflict("NoClosingWithOpenAllegations", "rule.NoClosingWithOpenAllegations.findings");
            }
            return Ruling.allow();
        }

        public static Ruling check(CaseState file, String publicSummary) {
            return blank(publicSummary) ? Ruling.invalid("NoClosingWithOpenAllegations",
                    "rule.NoClosingWithOpenAllegations.summary") : check(file);
        }
    }

    /**
     * Closing states the outcome the record implies, and the person closing confirms it: the public numbers follow
     * the findings by design, so nobody closes a case without seeing what it will count as. An accepted case with no
     * allegation recorded closes as "no violation found" only when the office says so on purpose.
     */
    public static final class ClosingConfirmsTheOutcome {
        public static Ruling check(CaseState file, CaseOutcome confirmed) {
            if (confirmed == null) {
                return Ruling.invalid("ClosingConfirmsTheOutcome", "rule.ClosingConfirmsTheOutcome.confirm");
            }
            return confirmed == file.outcome() ? Ruling.allow() : Ruling.conflict("ClosingConfirmsTheOutcome",
                    "rule.ClosingConfirmsTheOutcome.changed");
        }
    }

    /** Only a closed case is reopened. */
    public static final class ReopenOnlyClosed {
        public static Ruling check(CaseState file) {
            return file.closed() ? Ruling.allow() : Ruling.conflict("ReopenOnlyClosed", "rule.ReopenOnlyClosed");
        }
    }

    /** A complainant may withdraw an open resident complaint, once. */
    public static final class WithdrawalByTheComplainant {
        public static Ruling check(CaseState file) {
            if (file.reviewCase()) {
                return Ruling.conflict("WithdrawalByTheComplainant", "rule.WithdrawalByTheComplainant.reviewCase");
            }
            return file.withdrawn() ? Ruling.conflict("WithdrawalByTheComplainant", "rule.WithdrawalByTheComplainant.once")
                    : Ruling.allow();
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
