package org.sanctuaryoversight.federalrequest;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.sanctuaryoversight.complaint.casework.OpenReviewCaseCommand;

/**
 * Opens a self-initiated review case for the ombudsperson when a request is flagged. Idempotent by design: the case
 * id comes from the flag ({@code review-<requestId>}) and opening a case that is open changes nothing, so a redelivered
 * flag, or a second flag on the same request, opens nothing new and never fails. (Catching "already open" here could
 * not work: the case's events are stored when the processor's batch commits, after this method has returned.) A
 * failure is not swallowed either: the batch is retried, and the flag dead-lettered if it keeps failing. Never
 * replayed: a rebuild must not send commands.
 */
@ProcessingGroup(FederalRequestReviewCaseOpener.PROCESSING_GROUP)
record FederalRequestReviewCaseOpener(CommandGateway commands) {

    static final String PROCESSING_GROUP = "federalrequest-review-cases";
    static final String REASON_CODE = "FEDERAL_REQUEST_FLAGGED";

    @EventHandler
    @DisallowReplay
    void on(FederalRequestFlaggedEvent event) {
        String reason = String.join(" ", event.flags().stream()
                .map(flag -> flag.ordinanceClause() + ": " + flag.reason()).toList());
        commands.sendAndWait(new OpenReviewCaseCommand(event.reviewCaseId(), event.flaggedAt(), event.department(),
                REASON_CODE, reason, event.requestId()));
    }
}
