package org.sanctuaryoversight.federalrequest;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.sanctuaryoversight.complaint.casework.OpenReviewCaseCommand;

/**
 * Opens a self-initiated review case for the ombudsperson when a request is flagged. The case id comes
 * from the flag ({@code review-<requestId>}), so a redelivered flag, or a second flag on the same
 * request, finds the case already open and opens nothing new. Never replayed: a rebuild must not send commands.
 */
@ProcessingGroup(FederalRequestReviewCaseOpener.PROCESSING_GROUP)
class FederalRequestReviewCaseOpener {

    static final String PROCESSING_GROUP = "federalrequest-review-cases";
    static final String REASON_CODE = "FEDERAL_REQUEST_FLAGGED";

    private final CommandGateway commands;

    FederalRequestReviewCaseOpener(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(FederalRequestFlaggedEvent event) {
        String reason = String.join(" ", event.flags().stream()
                .map(flag -> flag.ordinanceClause() + ": " + flag.reason()).toList());
        try {
            commands.sendAndWait(new OpenReviewCaseCommand(event.reviewCaseId(), event.flaggedAt(), event.department(),
                    REASON_CODE, reason, event.requestId()));
        } catch (AggregateStreamCreationException alreadyOpen) {
            // The case exists: this flag was delivered before, or the request was flagged earlier.
        }
    }
}
