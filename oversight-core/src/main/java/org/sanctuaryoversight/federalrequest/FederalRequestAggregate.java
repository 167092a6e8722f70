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
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.EveryOpeningHasAReason;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.OmbudspersonApprovesPublicRecords;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.OnlyDocumentsOfThisRequest;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.OnlyTheDepartmentAndTheOffice;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.PublicSummaryNamesNoOne;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.RecordStaysWithItsDepartment;
import org.sanctuaryoversight.privacy.FreeTextNamesNoOne;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * One documented federal request: documented once, corrected only by amendments with a reason, flagged
 * by the {@link FederalRequestCompliancePolicy}, released to the public only as the office approved it, with the
 * department's documents attached and every opening of them recorded. Every refusal is a {@link Ruling} of a
 * {@link FederalRequestPolicies} policy.
 */
class FederalRequestAggregate {

    @AggregateIdentifier
    private String requestId;
    private FederalRequestFacts facts;
    private Instant documentedAt;
    private final Set<String> raisedRules = new HashSet<>();
    private final Set<String> documentIds = new HashSet<>();

    FederalRequestAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    FederalRequestAggregate(DocumentFederalRequestCommand command, FederalRequestCompliancePolicy policy) {
        Ruling.all(
                Ruling.require(command.requestId() != null, "DocumentFederalRequest", "rule.DocumentFederalRequest.identifier"),
                Ruling.require(command.documentedAt() != null, "DocumentFederalRequest", "rule.DocumentFederalRequest.time"),
                complete(command.facts()),
                OnlyTheDepartmentAndTheOffice.check(command.documentedBy(), departmentOf(command.facts())),
                documented(command.documents())).orThrow();
        apply(new FederalRequestDocumentedEvent(command.requestId(), command.facts(), command.documentedAt(),
                command.documentedBy().userId()));
        attach(command.requestId(), command.documents(), command.documentedAt(), command.documentedBy());
        // State is applied only after the constructor returns, so the flag is built from the command itself.
        flagNew(command.requestId(), command.facts(), command.documentedAt(),
                policy.evaluate(command.facts(), command.documentedAt()), command.documentedAt());
    }

    @CommandHandler
    void handle(AmendFederalRequestCommand command, FederalRequestCompliancePolicy policy) {
        Ruling.all(
                complete(command.facts()),
                Ruling.require(command.reason() != null && !command.reason().isBlank(), "AmendFederalRequest",
                        "rule.AmendFederalRequest.reason"),
                Ruling.require(command.amendedAt() != null, "AmendFederalRequest", "rule.AmendFederalRequest.time"),
                OnlyTheDepartmentAndTheOffice.check(command.amendedBy(), facts.department()),
                RecordStaysWithItsDepartment.check(facts.department(), departmentOf(command.facts())),
                documented(command.documents())).orThrow();
        apply(new FederalRequestAmendedEvent(requestId, command.facts(), command.reason(), command.amendedAt(),
                command.amendedBy().userId()));
        attach(requestId, command.documents(), command.amendedAt(), command.amendedBy());
        // Lateness is measured from the original documentation: a correction cannot make a record timely.
        flagNew(requestId, command.facts(), documentedAt, policy.evaluate(command.facts(), documentedAt),
                command.amendedAt());
    }

    @CommandHandler
    void handle(ApproveFederalRequestPublicSummaryCommand command) {
        Ruling.all(
                OmbudspersonApprovesPublicRecords.check(command.approvedBy()),
                PublicSummaryNamesNoOne.check(command.publicSummary()),
                Ruling.require(command.approvedAt() != null && command.cityZone() != null,
                        "ApproveFederalRequestPublicSummary", "rule.ApproveFederalRequestPublicSummary.time")).orThrow();
        PublicRecord record = new PublicRecord(facts.department(),
                YearMonth.from(facts.receivedAt().atZone(command.cityZone())).toString(), facts.agency(),
                facts.channel(), facts.requestTypes(), facts.legalDocument(), facts.response(),
                command.publicSummary().strip());
        apply(new FederalRequestPublicSummaryApprovedEvent(requestId, record, command.approvedAt(),
                command.approvedBy().userId()));
    }

    /** Recorded before the document is decrypted: who opens it, when and why. */
    @CommandHandler
    void handle(OpenFederalRequestDocumentCommand command) {
        Ruling.all(
                OnlyTheDepartmentAndTheOffice.check(command.openedBy(), facts.department()),
                OnlyDocumentsOfThisRequest.check(documentIds, command.documentId()),
                EveryOpeningHasAReason.check(command.purpose(), command.note()),
                FreeTextNamesNoOne.check("accessNote", command.note()),
                Ruling.require(command.openedAt() != null, "OpenFederalRequestDocument",
                        "rule.OpenFederalRequestDocument.time")).orThrow();
        StaffMember viewer = command.openedBy();
        apply(new FederalRequestDocumentOpenedEvent(requestId, command.documentId(), viewer.userId(),
                viewer.displayName(), viewer.role(), command.openedAt(), command.purpose(), command.note().strip()));
    }

    private void attach(String id, List<AttachmentReference> documents, Instant at, StaffMember by) {
        if (!documents.isEmpty()) {
            apply(new FederalRequestDocumentsAttachedEvent(id, documents, at, by.userId()));
        }
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

    @EventSourcingHandler
    void on(FederalRequestDocumentsAttachedEvent event) {
        event.documents().forEach(document -> documentIds.add(document.attachmentId()));
    }

    private static Ruling complete(FederalRequestFacts facts) {
        return Ruling.require(facts != null && facts.department() != null && facts.receivedAt() != null
                        && facts.agency() != null && facts.channel() != null && !facts.requestTypes().isEmpty()
                        && facts.legalDocument() != null && facts.response() != null,
                "DocumentFederalRequest", "rule.DocumentFederalRequest.facts");
    }

    private static String departmentOf(FederalRequestFacts facts) {
        return facts == null ? null : facts.department();
    }

    /** Every attached document has an identifier and a kind (the use case checked and stored it). */
    private static Ruling documented(List<AttachmentReference> documents) {
        return Ruling.require(documents.stream().allMatch(d -> d.attachmentId() != null && d.type() != null),
                "AttachFederalRequestDocuments", "rule.AttachFederalRequestDocuments");
    }
}
