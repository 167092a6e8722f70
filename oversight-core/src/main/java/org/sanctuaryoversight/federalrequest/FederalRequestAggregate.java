package org.sanctuaryoversight.federalrequest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * One documented federal request: documented once, corrected only by amendments with a reason, flagged
 * by the {@link FederalRequestCompliancePolicy}, and released to the public only as the office approved it.
 */
class FederalRequestAggregate {

    @AggregateIdentifier
    private String requestId;
    private FederalRequestFacts facts;
    private Instant documentedAt;
    private final Set<String> raisedRules = new HashSet<>();

    FederalRequestAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    FederalRequestAggregate(DocumentFederalRequestCommand command, FederalRequestCompliancePolicy policy) {
        require(command.requestId() != null, "a federal request needs an identifier");
        require(command.documentedAt() != null, "a federal request needs the time it was documented");
        requireComplete(command.facts());
        requireMayDocument(command.documentedBy(), command.facts().department());
        apply(new FederalRequestDocumentedEvent(command.requestId(), command.facts(), command.documentedAt(),
                command.documentedBy().userId()));
        // State is applied only after the constructor returns, so the flag is built from the command itself.
        flagNew(command.requestId(), command.facts(), command.documentedAt(),
                policy.evaluate(command.facts(), command.documentedAt()), command.documentedAt());
    }

    @CommandHandler
    void handle(AmendFederalRequestCommand command, FederalRequestCompliancePolicy policy) {
        requireComplete(command.facts());
        require(command.reason() != null && !command.reason().isBlank(), "an amendment needs a reason");
        require(command.amendedAt() != null, "an amendment needs a time");
        requireMayDocument(command.amendedBy(), facts.department());
        require(command.facts().department().equals(facts.department()),
                "a record stays with the department that documented it");
        apply(new FederalRequestAmendedEvent(requestId, command.facts(), command.reason(), command.amendedAt(),
                command.amendedBy().userId()));
        // Lateness is measured from the original documentation: a correction cannot make a record timely.
        flagNew(requestId, command.facts(), documentedAt, policy.evaluate(command.facts(), documentedAt),
                command.amendedAt());
    }

    @CommandHandler
    void handle(ApproveFederalRequestPublicSummaryCommand command) {
        require(command.approvedBy() != null && command.approvedBy().role() == StaffRole.OMBUDSPERSON,
                "only the ombudsperson approves the public version of a record");
        require(command.publicSummary() != null && !command.publicSummary().isBlank(), "a public summary is required");
        require(command.approvedAt() != null && command.cityZone() != null, "an approval needs a time and the city's zone");
        PublicRecord record = new PublicRecord(facts.department(),
                YearMonth.from(facts.receivedAt().atZone(command.cityZone())).toString(), facts.agency(),
                facts.channel(), facts.requestTypes(), facts.legalDocument(), facts.response(),
                command.publicSummary().strip());
        apply(new FederalRequestPublicSummaryApprovedEvent(requestId, record, command.approvedAt(),
                command.approvedBy().userId()));
    }

    private void flagNew(String id, FederalRequestFacts current, Instant documented, List<ComplianceFlag> flags,
                         Instant at) {
        List<ComplianceFlag> fresh = flags.stream().filter(flag -> !raisedRules.contains(flag.rule())).toList();
        if (!fresh.isEmpty()) {
            apply(new FederalRequestFlaggedEvent(id, current.department(), at, fresh, reviewCaseIdFor(id),
                    current.receivedAt(), documented, current.requestTypes(), current.legalDocument(),
                    current.response()));
        }
    }

    /** One review case per request, whatever flags it raises and however often the flag is delivered. */
    static String reviewCaseIdFor(String requestId) {
        return "review-" + requestId;
    }

    @EventSourcingHandler
    void on(FederalRequestDocumentedEvent event) {
        this.requestId = event.requestId();
        this.facts = event.facts();
        this.documentedAt = event.documentedAt();
    }

    @EventSourcingHandler
    void on(FederalRequestAmendedEvent event) {
        this.facts = event.facts();
    }

    @EventSourcingHandler
    void on(FederalRequestFlaggedEvent event) {
        event.flags().forEach(flag -> raisedRules.add(flag.rule()));
    }

    private static void requireComplete(FederalRequestFacts facts) {
        require(facts != null && facts.department() != null && facts.receivedAt() != null && facts.agency() != null
                        && facts.channel() != null && !facts.requestTypes().isEmpty() && facts.legalDocument() != null
                        && facts.response() != null,
                "a federal request needs department, time received, agency, channel, what was asked, "
                        + "the legal document and the response");
    }

    /** A liaison documents for their own department only; the office may enter a record for any department. */
    private static void requireMayDocument(StaffMember member, String department) {
        require(member != null && (member.isLiaisonOf(department) || member.role() == StaffRole.OMBUDSPERSON),
                "only the department's liaison or the ombudsperson documents its federal requests");
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException("Rejected: " + rule);
        }
    }
}
