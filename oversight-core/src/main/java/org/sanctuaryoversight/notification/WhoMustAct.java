package org.sanctuaryoversight.notification;

import java.util.Objects;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.notification.Addressee.*;

/**
 * Whom a notification goes to: the person who must act next, and nobody else. The rules follow the ordinance's
 * division of work (Enforcement and Oversight: the oversight body reviews complaints; departments answer it) and the
 * casework rules: the ombudsperson decides until a case is assigned, then the assigned investigator works it; a
 * department answers through its own liaisons only.
 */
public final class WhoMustAct {

    private WhoMustAct() {
    }

    /** A new complaint waits for the ombudsperson's acknowledgement. */
    public static Addressee onNewComplaint() {
        return new Ombudspersons();
    }

    /** An assigned case is the investigator's to work. */
    public static Addressee onAssignment(String investigatorId) {
        return new Staff(Objects.requireNonNull(investigatorId));
    }

    /** A complainant's message is for whoever works the case: its investigator, or the ombudsperson before assignment. */
    public static Addressee onComplainantMessage(String assigneeId) {
        return caseWorker(assigneeId);
    }

    /** A referral is for the liaisons of the department it was sent to (LiaisonAnswersForOwnDepartment). */
    public static Addressee onReferral(String department) {
        return new LiaisonsOf(Objects.requireNonNull(department));
    }

    /**
     * A deadline about to pass, or passed: a department's answer is its liaisons' to give; acknowledging and
     * investigating are the case worker's (the assigned investigator, or the ombudsperson).
     */
    public static Addressee onDeadline(DeadlineKind kind, String department, String assigneeId) {
        return kind == DeadlineKind.DEPARTMENT_RESPONSE ? onReferral(department) : caseWorker(assigneeId);
    }

    /** The office wrote to the complainant: only they can read it, with their receipt code. */
    public static Addressee onOfficeMessage() {
        return new Complainant();
    }

    private static Addressee caseWorker(String assigneeId) {
        return assigneeId == null ? new Ombudspersons() : new Staff(assigneeId);
    }
}
