package org.sanctuaryoversight.staff;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.sanctuaryoversight.staff.StaffAccountCommands.*;
import org.sanctuaryoversight.staff.StaffAccountEvents.*;

/**
 * One member of staff's account. The user id is the aggregate identifier, so a second account with the
 * same id is refused by the event store itself.
 */
class StaffAccountAggregate {

    @AggregateIdentifier
    private String userId;
    private boolean disabled;
    private String email;

    StaffAccountAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    StaffAccountAggregate(CreateStaffAccountCommand command) {
        require(command.userId() != null && command.userId().matches("[a-z0-9][a-z0-9._-]{1,63}"),
                "a user id is 2 to 64 lower-case letters, digits, dots, dashes or underscores");
        require(command.displayName() != null && !command.displayName().isBlank(), "an account needs a display name");
        require(command.role() != null, "an account needs a role");
        require(command.role() == StaffRole.DEPARTMENT_LIAISON
                        ? command.department() != null && !command.department().isBlank()
                        : command.department() == null,
                "a department is given for a department liaison, and only for a liaison");
        require(command.passwordHash() != null && command.passwordHash().startsWith("$2"),
                "an account keeps a BCrypt hash of its password, never the password");
        apply(new StaffAccountCreatedEvent(command.userId(), command.displayName().strip(), command.role(),
                command.department(), command.passwordHash(), command.mustChangePassword(), command.createdBy(),
                command.createdAt()));
    }

    @CommandHandler
    void handle(EnrollTotpCommand command) {
        requireActive();
        require(command.secret() != null, "a second factor needs a sealed secret");
        apply(new TotpEnrolledEvent(userId, command.secret(), command.enrolledAt()));
    }

    @CommandHandler
    void handle(ChangeStaffPasswordCommand command) {
        requireActive();
        require(command.passwordHash() != null && command.passwordHash().startsWith("$2"),
                "an account keeps a BCrypt hash of its password, never the password");
        apply(new StaffPasswordChangedEvent(userId, command.passwordHash(), command.changedAt()));
    }

    /** An administrator cannot disable their own account: an installation must never lock out its last administrator by accident. */
    @CommandHandler
    void handle(DisableStaffAccountCommand command) {
        require(command.disabledBy() != null && !command.disabledBy().isBlank(), "a disabling names who disables");
        require(!command.disabledBy().equals(userId), "you cannot disable your own account");
        if (disabled) {
            return; // already disabled: nothing changes
        }
        apply(new StaffAccountDisabledEvent(userId, command.disabledBy(), command.disabledAt()));
    }

    /**
     * A member of staff sets their own address for notifications; an administrator may set anyone's (the person may
     * not be able to sign in to do it). Clearing it stops their mail; the same address twice changes nothing.
     */
    @CommandHandler
    void handle(ChangeStaffEmailCommand command) {
        require(command.by() != null && (command.by().userId().equals(userId) || command.by().role() == StaffRole.ADMIN),
                "only the person or an administrator changes an account's e-mail address");
        String address = StaffEmailAddress.normalise(command.email()).orElse(null);
        require(address == null || StaffEmailAddress.isValid(address), "not an e-mail address this service can send to");
        if (java.util.Objects.equals(address, email)) {
            return;
        }
        apply(new StaffEmailChangedEvent(userId, address, command.by().userId(), command.changedAt()));
    }

    @EventSourcingHandler
    void on(StaffAccountCreatedEvent event) {
        this.userId = event.userId();
    }

    @EventSourcingHandler
    void on(StaffAccountDisabledEvent event) {
        this.disabled = true;
    }

    @EventSourcingHandler
    void on(StaffEmailChangedEvent event) {
        this.email = event.email();
    }

    private void requireActive() {
        require(!disabled, "the account is disabled");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new StaffAccountRuleViolation(message);
        }
    }
}
