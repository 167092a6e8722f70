package org.sanctuaryoversight.app.federalrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.casework.OpenReviewCaseCommand;
import org.sanctuaryoversight.complaint.casework.ReviewCaseOpenedEvent;
import org.sanctuaryoversight.federalrequest.AmendFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.DocumentFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.FederalAgency;
import org.sanctuaryoversight.federalrequest.FederalRequestFacts;
import org.sanctuaryoversight.federalrequest.FederalRequestFlaggedEvent;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.RequestChannel;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Wiring: a flagged request opens exactly one self-initiated review case for the ombudsperson. */
@OversightTest
class FederalRequestReviewCaseTest {

    static final StaffMember LIAISON = new StaffMember("u-liaison", "Lee Liaison", StaffRole.DEPARTMENT_LIAISON, "sheriff");

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Value("${oversight.events.segments}")
    int segments;

    @Test
    void complying_on_an_administrative_warrant_opens_one_review_case_citing_the_ordinance() {
        String requestId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        commands.sendAndWait(new DocumentFederalRequestCommand(requestId, new FederalRequestFacts("sheriff",
                now.minus(Duration.ofHours(1)), FederalAgency.ICE_ERO, RequestChannel.EMAIL,
                List.of(RequestType.INFORMATION_ABOUT_PERSON), LegalDocument.ADMINISTRATIVE_WARRANT,
                FederalRequestResponse.COMPLIED, "Asked for a home address on file", "Sent it"), now, LIAISON));

        List<? extends DomainEventMessage<?>> requestEvents = eventStore.readEvents(requestId).asStream().toList();
        FederalRequestFlaggedEvent flagged = (FederalRequestFlaggedEvent) requestEvents.get(1).getPayload();
        assertThat(flagged.reviewCaseId()).isEqualTo("review-" + requestId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(eventStore.readEvents(flagged.reviewCaseId()).asStream().toList()).hasSize(1));
        ReviewCaseOpenedEvent opened = (ReviewCaseOpenedEvent) eventStore.readEvents(flagged.reviewCaseId())
                .asStream().findFirst().orElseThrow().getPayload();
        assertThat(opened.department()).isEqualTo("sheriff");
        assertThat(opened.reasonCode()).isEqualTo("FEDERAL_REQUEST_FLAGGED");
        assertThat(opened.sourceReference()).isEqualTo(requestId);
        assertThat(opened.reason()).contains("Protection of Sensitive Information").contains("court order")
                .doesNotContain("home address").doesNotContain("Lee Liaison");

        // A redelivered flag sends the same command again: the case is open already, so nothing changes.
        commands.sendAndWait(new OpenReviewCaseCommand(flagged.reviewCaseId(), now, "sheriff",
                "FEDERAL_REQUEST_FLAGGED", "again", requestId));
        assertThat(eventStore.readEvents(flagged.reviewCaseId()).asStream().toList()).hasSize(1);
    }

    /**
     * Issue 15, item 7: the opener used to catch "already open" around a command whose conflict only surfaced when
     * the processor's batch committed, so a second flag failed the batch again and again and stopped the group.
     */
    @Test
    void a_second_flag_on_a_flagged_request_does_not_stop_the_review_case_opener() {
        String requestId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        FederalRequestFacts informationGiven = new FederalRequestFacts("sheriff", now.minus(Duration.ofHours(1)),
                FederalAgency.ICE_ERO, RequestChannel.EMAIL, List.of(RequestType.INFORMATION_ABOUT_PERSON),
                LegalDocument.ADMINISTRATIVE_WARRANT, FederalRequestResponse.COMPLIED, "Asked for an address", "Sent it");
        commands.sendAndWait(new DocumentFederalRequestCommand(requestId, informationGiven, now, LIAISON));
        String reviewCase = "review-" + requestId;
        await().atMost(Duration.ofSeconds(30)).until(() -> eventStore.readEvents(reviewCase).asStream().count() == 1);

        // The amendment raises another rule: a second FederalRequestFlaggedEvent for the same review case.
        commands.sendAndWait(new AmendFederalRequestCommand(requestId, new FederalRequestFacts("sheriff",
                informationGiven.receivedAt(), FederalAgency.ICE_ERO, RequestChannel.EMAIL,
                List.of(RequestType.INFORMATION_ABOUT_PERSON, RequestType.FACILITY_ACCESS),
                LegalDocument.ADMINISTRATIVE_WARRANT, FederalRequestResponse.COMPLIED, "Asked for an address",
                "Sent it and let them in"), "They were also let into the jail", now, LIAISON));
        assertThat(eventStore.readEvents(requestId).asStream()
                .filter(event -> event.getPayload() instanceof FederalRequestFlaggedEvent)).hasSize(2);

        StreamingEventProcessor opener = processing.eventProcessor("federalrequest-review-cases",
                StreamingEventProcessor.class).orElseThrow();
        long amended = eventStore.createHeadToken().position().orElseThrow();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(opener.processingStatus().values())
                .as("every segment of the opener moved past the second flag")
                .hasSize(segments)
                .allSatisfy(status -> {
                    assertThat(status.isErrorState()).isFalse();
                    assertThat(status.getCurrentPosition().orElse(0)).isGreaterThanOrEqualTo(amended);
                }));
        assertThat(eventStore.readEvents(reviewCase).asStream().toList()).hasSize(1);
    }
}
