package org.sanctuaryoversight.app.casework;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sanctuaryoversight.complaint.casework.CaseworkPolicies.OnlyTheCaseWorkers;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.CaseSummary;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads a case's sealed material (what the complainant wrote, the messages, the office's notes, the departments'
 * answers), and the record of every read. The rule is casework's {@link OnlyTheCaseWorkers}; the reason is given once
 * per case and sign-in (kept in the staff session, which ends at sign-out) and every later read of the same sign-in is
 * recorded with it: the access log shows each read, who, when and why.
 */
@Component
record CaseReading(Casework casework) {

    private static final String SESSION_KEY = CaseReading.class.getName() + ".reasons";

    /** The reason a member of staff gave for reading one case in this sign-in. */
    record StatedReason(IdentityViewPurpose purpose, String note) implements Serializable {
    }

    /** Investigators see the cases assigned to them, and only those (in the list, on the page, in the API). */
    static boolean ownCasesOnly(StaffMember member) {
        return member.role() == StaffRole.INVESTIGATOR;
    }

    /** Who works cases, and so may be assigned one: the ombudsperson and the investigators ({@code OFFICE}). */
    static boolean worksCases(StaffRole role) {
        return role == StaffRole.INVESTIGATOR || role == StaffRole.OMBUDSPERSON;
    }

    /** The assignee a case list is filtered by: an investigator themself, or the one asked for (blank: anyone). */
    static String assigneeFilter(StaffMember member, String requested) {
        return ownCasesOnly(member) ? member.userId() : CaseworkInput.blankToNull(requested);
    }

    /** A case an investigator may not see: 403, whether or not it exists for others. */
    static void checkMaySee(StaffMember member, CaseSummary summary) {
        if (ownCasesOnly(member) && !member.userId().equals(summary.assigneeId())) {
            throw new AccessDeniedException("not this investigator's case");
        }
    }

    static boolean mayRead(StaffMember member, CaseSummary summary) {
        return OnlyTheCaseWorkers.check(member, summary.assigneeId()).allowed();
    }

    /** The reason given for this case in this sign-in, if any. */
    Optional<StatedReason> statedReason(HttpSession session, String caseId) {
        return Optional.ofNullable(reasons(session).get(caseId));
    }

    void remember(HttpSession session, String caseId, StatedReason reason) {
        Map<String, StatedReason> reasons = new HashMap<>(reasons(session));
        reasons.put(caseId, reason);
        session.setAttribute(SESSION_KEY, reasons);
    }

    /**
     * Records that {@code member} is shown the case's sealed material now, with the reason given in this sign-in.
     *
     * @return whether the material may be shown (a reason was given and the read is recorded)
     */
    boolean recordRead(HttpSession session, String caseId, StaffMember member) {
        Optional<StatedReason> reason = statedReason(session, caseId);
        reason.ifPresent(stated -> casework.recordRead(caseId, member, stated.purpose(), stated.note()));
        return reason.isPresent();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, StatedReason> reasons(HttpSession session) {
        Object stored = session.getAttribute(SESSION_KEY);
        return stored instanceof Map<?, ?> map ? (Map<String, StatedReason>) map : Map.of();
    }
}
