package org.sanctuaryoversight.complaint.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.DepartmentRespondedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.InvestigativeStepRecordedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.sanctuaryoversight.complaint.casework.CaseState;
import org.sanctuaryoversight.complaint.casework.CaseworkPolicies.OnlyTheCaseWorkers;
import org.sanctuaryoversight.complaint.identity.IdentityDisclosurePolicies.*;
import org.sanctuaryoversight.privacy.FreeTextNamesNoOne;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.ruling.Ruling;

/**
 * The identity section of a complaint (an aggregate member): whether the complainant stayed anonymous, their sealed
 * contact details, the files they sent. A complainant's identity and the case's sealed material leave the complaint
 * only through these handlers, which record who asked, when and why before anything is handed out: there is no way to
 * see them without a logged view. Returning the sealed value from the command (instead of from a read model) keeps
 * release and record one step.
 *
 * <p>Public only so that the complaint aggregate can hold it; everything else is package-private.
 */
public final class ComplainantIdentity {

    private final String complaintId;
    private final boolean filedByComplainant;
    private final boolean anonymous;
    private final Sealed contact;
    /** The files of the case: the complainant's, and the documents staff and departments added to it. */
    private final Set<String> attachmentIds;
    /** Who works the case decides who sees; the case file is the complaint's own, read here, never changed. */
    private final CaseState caseFile;

    private ComplainantIdentity(String complaintId, boolean filedByComplainant, boolean anonymous, Sealed contact,
                                Set<String> attachmentIds, CaseState caseFile) {
        this.complaintId = complaintId;
        this.filedByComplainant = filedByComplainant;
        this.anonymous = anonymous;
        this.contact = contact;
        this.attachmentIds = new HashSet<>(attachmentIds);
        this.caseFile = caseFile;
    }

    public static ComplainantIdentity ofComplainant(String complaintId, boolean anonymous, Sealed contact,
                                                    Set<String> attachmentIds, CaseState caseFile) {
        return new ComplainantIdentity(complaintId, true, anonymous, contact, attachmentIds, caseFile);
    }

    /** A review case the office opened itself: nobody complained. */
    public static ComplainantIdentity none(String caseId, CaseState caseFile) {
        return new ComplainantIdentity(caseId, false, true, null, Set.of(), caseFile);
    }

    @CommandHandler
    Sealed handle(RecordIdentityViewCommand command) {
        Ruling.require(command.viewedAt() != null, "RecordIdentityView", "rule.RecordIdentityView").orThrow();
        if (command.attachmentId() != null) {
            // A file the complainant sent: the same people, for a stated reason; recorded before it can be opened.
            Ruling.all(OnlyTheCaseWorkers.check(command.viewer(), caseFile),
                    EveryViewHasAReason.check(command.purpose(), command.note()),
                    FreeTextNamesNoOne.check("accessNote", command.note()),
                    OnlyFilesSentWithTheComplaint.check(attachmentIds, command.attachmentId())).orThrow();
            apply(new ComplainantIdentityViewedEvent(complaintId, command.viewer().userId(),
                    command.viewer().displayName(), command.viewer().role(), command.viewedAt(), command.purpose(),
                    command.note().strip(), command.attachmentId()));
            return null;
        }
        Ruling.all(OnlyTheCaseWorkers.check(command.viewer(), caseFile),
                EveryViewHasAReason.check(command.purpose(), command.note()),
                FreeTextNamesNoOne.check("accessNote", command.note()),
                OnlyGivenContactDetailsAreShown.check(filedByComplainant, anonymous, contact != null)).orThrow();
        apply(new ComplainantIdentityViewedEvent(complaintId, command.viewer().userId(),
                command.viewer().displayName(), command.viewer().role(), command.viewedAt(), command.purpose(),
                command.note().strip()));
        return contact;
    }

    @EventSourcingHandler
    void on(InvestigativeStepRecordedEvent event) {
        event.documents().forEach(document -> attachmentIds.add(document.attachmentId()));
    }

    @EventSourcingHandler
    void on(DepartmentRespondedEvent event) {
        event.documents().forEach(document -> attachmentIds.add(document.attachmentId()));
    }

    @CommandHandler
    void handle(RecordCaseReadCommand command) {
        Ruling.all(Ruling.require(command.readAt() != null, "RecordCaseRead", "rule.RecordIdentityView"),
                OnlyTheCaseWorkers.check(command.reader(), caseFile),
                EveryViewHasAReason.check(command.purpose(), command.note()),
                FreeTextNamesNoOne.check("accessNote", command.note())).orThrow();
        apply(new CaseMaterialReadEvent(complaintId, command.reader().userId(), command.reader().displayName(),
                command.reader().role(), command.readAt(), command.purpose(), command.note().strip()));
    }
}
