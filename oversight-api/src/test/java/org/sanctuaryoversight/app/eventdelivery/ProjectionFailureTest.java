package org.sanctuaryoversight.app.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.FlakyProjection;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.TriageComplaintCommand;
import org.sanctuaryoversight.complaint.casework.OpenReviewCaseCommand;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.eventstore.DeadLetterRetries;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15, item 6: a projection whose write fails never loses the event. It is retried with growing pauses; what
 * keeps failing waits in the dead-letter queue, with the events of the same aggregate behind it in order, shown to
 * administrators, who can retry it once the cause is fixed. The processor goes on with everything else meanwhile.
 */
@OversightTest
@AutoConfigureMockMvc
@Import(FlakyProjection.class)
class ProjectionFailureTest {

    static final StaffMember OMBUDSPERSON = new StaffMember("u-ombud", "Olivia Ombud", StaffRole.OMBUDSPERSON, null);
    static final StaffPrincipal ADMIN = new StaffPrincipal(new StaffMember("u-admin", "Adam Admin", StaffRole.ADMIN, null));
    static final String PAGE = "/staff/operations/dead-letters";

    @Autowired
    CommandGateway commands;
    @Autowired
    FlakyProjection projection;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MockMvc mvc;
    @Autowired
    DeadLetterRetries retries;
    @Autowired
    MeterRegistry metrics;

    void openCase(String caseId) {
        commands.sendAndWait(new OpenReviewCaseCommand(caseId, Instant.now(), "police", "FEDERAL_REQUEST_FLAGGED",
                "test", "request"));
    }

    List<DeadLetter<? extends EventMessage<?>>> deadLetters() {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(FlakyProjection.PROCESSING_GROUP)
                .orElseThrow();
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetters().forEach(sequence -> sequence.forEach(letters::add));
        return letters;
    }

    @Test
    void a_failed_projection_write_is_retried_and_what_keeps_failing_waits_for_an_administrator() throws Exception {
        // A write that fails twice succeeds on the third attempt, without anyone's help.
        String transientFailure = "case-" + UUID.randomUUID();
        projection.failNext(transientFailure, 2);
        openCase(transientFailure);
        await().atMost(Duration.ofSeconds(60)).until(() -> projection.applied(transientFailure).equals(List.of(0L)));
        assertThat(projection.attempts(transientFailure)).isEqualTo(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters().isEmpty());

        // A write that keeps failing: the event and the aggregate's next one wait, in order; others go on.
        String stuck = "case-" + UUID.randomUUID();
        projection.failNext(stuck, Integer.MAX_VALUE);
        openCase(stuck);
        commands.sendAndWait(new TriageComplaintCommand(stuck, OMBUDSPERSON, TriageDecision.ACCEPT, null, null, Instant.now()));
        String other = "case-" + UUID.randomUUID();
        openCase(other);
        await().atMost(Duration.ofSeconds(60)).until(() -> projection.applied(other).equals(List.of(0L)));
        // The test profile allows 3 attempts: the first and two automatic retries.
        await().atMost(Duration.ofSeconds(60)).until(() -> projection.attempts(stuck) == 3
                && deadLetters().stream().anyMatch(letter -> DeadLetterRetries.attempts(letter) == 3));
        assertThat(projection.applied(stuck)).isEmpty();
        assertThat(deadLetters()).hasSize(2)
                .allSatisfy(letter -> assertThat(letter.message().getPayloadType().getSimpleName())
                        .isIn("ReviewCaseOpenedEvent", "ComplaintTriagedEvent"));
        assertThat(metrics.get("oversight.events.dead.letters").tag("processor", FlakyProjection.PROCESSING_GROUP)
                .gauge().value()).as("the dead-letters metric").isEqualTo(2.0);
        assertThat(deadLetters()).filteredOn(letter -> DeadLetterRetries.attempts(letter) > 0).hasSize(1)
                .noneMatch(retries::isDue); // the one that failed is not tried again by itself; the other waits behind it

        String page = mvc.perform(get(PAGE).with(user(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(FlakyProjection.PROCESSING_GROUP).contains("Waits for an administrator").contains("ReviewCaseOpenedEvent")
                .contains("ComplaintTriagedEvent").contains(stuck)
                .contains("Timed out writing the read model for " + stuck);
        String spanish = mvc.perform(get(PAGE).param("lang", "es").with(user(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(spanish).contains("lang=\"es\"").contains("Reintentar");

        // The cause is fixed; the administrator retries: both events are applied, in order, and the queue is empty.
        projection.failNext(stuck, 0);
        String head = deadLetters().stream().filter(l -> l.message().getPayloadType().getSimpleName()
                .equals("ReviewCaseOpenedEvent")).findFirst().orElseThrow().message().getIdentifier();
        mvc.perform(post(PAGE + "/retry").with(csrf()).with(user(ADMIN))
                        .param("group", FlakyProjection.PROCESSING_GROUP).param("message", head))
                .andExpect(status().is3xxRedirection());
        assertThat(projection.applied(stuck)).containsExactly(0L, 1L);
        assertThat(deadLetters()).isEmpty();
        assertThat(mvc.perform(get(PAGE).with(user(ADMIN))).andReturn().getResponse().getContentAsString())
                .doesNotContain(stuck);
    }
}
