package org.sanctuaryoversight.complaint.casework;

import org.sanctuaryoversight.complaint.casework.CaseworkPolicies.*;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * What a member of staff may do on a case right now, asked of the same policies the case file checks when the
 * command arrives. A page offers a form only when its action is allowed, so what is offered and what is accepted
 * can never disagree (the command is still checked: the case may change between the page and the click).
 */
public record CaseActions(boolean acknowledge, boolean triage, boolean assign, boolean recordAllegation,
                          boolean recordStep, boolean refer, boolean recordFinding, boolean recommend,
                          boolean recordRecommendationAnswer, boolean close, boolean reopen, boolean recordWithdrawal,
                          boolean writeToComplainant) {

    public static CaseActions of(StaffMember member, CaseState state) {
        Ruling open = ClosedCaseChangesOnlyByReopening.check(state);
        Ruling worker = OnlyTheCaseWorkers.check(member, state);
        Ruling ombudsperson = OmbudspersonDecides.check(member);
        Ruling investigating = Ruling.all(worker, open, NoInvestigationBeforeAcceptance.check(state));
        return new CaseActions(
                Ruling.all(worker, open, AcknowledgeOnce.check(state)).allowed(),
                Ruling.all(ombudsperson, open, TriageOnceAfterAcknowledgement.check(state)).allowed(),
                Ruling.all(ombudsperson, open, NoInvestigationBeforeAcceptance.check(state)).allowed(),
                investigating.allowed(),
                investigating.allowed(),
                investigating.allowed(),
                investigating.allowed() && state.allegationsWithoutFinding() > 0,
                Ruling.all(ombudsperson, open, NoInvestigationBeforeAcceptance.check(state)).allowed(),
                ombudsperson.allowed() && state.recommendations().values().stream()
                        .anyMatch(r -> !LiaisonAnswersForOwnDepartment.nextAnswers(r.answer()).isEmpty()),
                Ruling.all(ombudsperson, open, NoClosingWithOpenAllegations.check(state)).allowed(),
                Ruling.all(ombudsperson, ReopenOnlyClosed.check(state)).allowed(),
                Ruling.all(worker, open, WithdrawalByTheComplainant.check(state)).allowed(),
                worker.allowed() && !state.reviewCase());
    }

    /** Whether any form is offered at all. */
    public boolean any() {
        return acknowledge || triage || assign || recordAllegation || recordStep || refer || recordFinding || recommend
                || recordRecommendationAnswer || close || reopen || recordWithdrawal || writeToComplainant;
    }
}
