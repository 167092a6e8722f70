package org.sanctuaryoversight.staff;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.sanctuaryoversight.staff.StaffAccountCommands.*;
import org.sanctuaryoversight.staff.StaffAccountEvents.*;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;

/**
 * One member of staff's account. The user id is the aggregate identifier, so a second account with the
 * same id is refused by the event store itself.
 */
class StaffAccountAggregate {

    private static final String NOT_ON_ONE_SELF = "NotOnOneSelf";

    @AggregateIdentifier
    private String userId;
    private boolean disabled;
    private String email;
    private StaffRole role;
    private boolean mustChangePassword;
    private String ssoIssuer;
    private String ssoSubject;
    private final java.util.Set<String> liveTokens = new java.util.HashSet<>();

    StaffAccountAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    StaffAccountAggregate(CreateStaffAccountCommand command) {
        require(command.userId() != null && command.userId().matches("[a-z0-9][a-z0-9._-]{1,63}"),
                "accounts.error.userId.format");
        require(command.displayName() != null && !command.displayName().isBlank(), "accounts.error.displayName.required");
        require(command.role() != null, "accounts.error.role.required");
        require(command.role() == StaffRole.DEPARTMENT_LIAISON
                        ? command.department() != null && !command.department().isBlank()
                        : command.department() == null,
                "rule.StaffAccountInput.department");
        requirePasswordHash(command.passwordHash());
        apply(new StaffAccountCreatedEvent(command.userId(), command.displayName().strip(), command.role(),
                command.department(), command.passwordHash(), command.mustChangePassword(), command.createdBy(),
                command.createdAt()));
    }

    @CommandHandler
    void handle(EnrollTotpCommand command) {
        requireActive();
        require(command.secret() != null, "rule.StaffAccountInput.totpSecret");
        apply(new TotpEnrolledEvent(userId, command.secret(), command.enrolledAt()));
    }

    @CommandHandler
    void handle(ChangeStaffPasswordCommand command) {
        requireActive();
        requirePasswordHash(command.passwordHash());
        apply(new StaffPasswordChangedEvent(userId, command.passwordHash(), command.changedAt()));
    }

    /** An administrator cannot disable their own account: an installation must never lock out its last administrator by accident. */
    @CommandHandler
    void handle(DisableStaffAccountCommand command) {
        requireActor(command.disabledBy());
        notOnOneSelf(command.disabledBy(), "accounts.error.disableSelf");
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
        if (command.by() == null || !(command.by().userId().equals(userId) || command.by().role() == StaffRole.ADMIN)) {
            throw new Refusal(Ruling.forbid("OnlyThePersonOrAnAdministrator", "rule.OnlyThePersonOrAnAdministrator"));
        }
        String address = StaffEmailAddress.normalise(command.email()).orElse(null);
        require(address == null || StaffEmailAddress.isValid(address), "staff.email.error.invalid");
        if (java.util.Objects.equals(address, email)) {
            return;
        }
        apply(new StaffEmailChangedEvent(userId, address, command.by().userId(), command.changedAt()));
    }

    /**
     * A token acts in the account's role and nothing more, and only a hash of it is kept (a 256-bit random token:
     * a plain SHA-256 is enough, nobody can guess one from its hash).
     */
    @CommandHandler
    void handle(IssueAccessTokenCommand command) {
        requireActive();
        require(command.tokenId() != null && !command.tokenId().isBlank()
                && command.tokenHash() != null && command.tokenHash().matches("[0-9a-f]{64}"),
                "rule.StaffAccountInput.tokenHash");
        require(command.role() == role, "rule.StaffAccountInput.tokenRole");
        require(command.expiresAt() != null && command.expiresAt().isAfter(command.issuedAt()),
                "rule.StaffAccountInput.tokenExpires");
        require(!liveTokens.contains(command.tokenId()), "rule.StaffAccountInput.tokenOnce");
        apply(new AccessTokenIssuedEvent(userId, command.tokenId(), command.tokenHash(), command.role(),
                command.expiresAt(), command.issuedAt()));
    }

    /**
     * Resets are an administrator's, never one's own (an administrator who lost their phone asks another one: a
     * stolen session must not be able to swap the second factor), and every live access token is revoked with them.
     */
    @CommandHandler
    void handle(ResetStaffTotpCommand command) {
        requireAnotherPerson(command.resetBy());
        apply(new StaffTotpResetEvent(userId, command.resetBy(), command.resetAt()));
        revokeEveryToken(command.resetBy(), command.resetAt());
    }

    @CommandHandler
    void handle(ResetStaffPasswordCommand command) {
        requireAnotherPerson(command.resetBy());
        requirePasswordHash(command.passwordHash());
        apply(new StaffPasswordResetEvent(userId, command.passwordHash(), command.resetBy(), command.resetAt()));
        revokeEveryToken(command.resetBy(), command.resetAt());
    }

    @CommandHandler
    void handle(EnableStaffAccountCommand command) {
        requireAnotherPerson(command.enabledBy());
        if (!disabled) {
            return;
        }
        apply(new StaffAccountEnabledEvent(userId, command.enabledBy(), command.enabledAt()));
    }

    private void requireAnotherPerson(String by) {
        requireActor(by);
        notOnOneSelf(by, "accounts.error.self");
    }

    /** An administrator never acts on their own account: another one must (a stolen session cannot lock anyone out). */
    private void notOnOneSelf(String by, String reasonKey) {
        if (by.equals(userId)) {
            throw new Refusal(Ruling.conflict(NOT_ON_ONE_SELF, reasonKey));
        }
    }

    private static void requireActor(String by) {
        require(by != null && !by.isBlank(), "rule.StaffAccountInput.actor");
    }

    private static void requirePasswordHash(String passwordHash) {
        require(passwordHash != null && passwordHash.startsWith("$2"), "rule.StaffAccountInput.passwordHash");
    }

    private void revokeEveryToken(String by, java.time.Instant at) {
        for (String tokenId : java.util.List.copyOf(liveTokens)) {
            apply(new AccessTokenRevokedEvent(userId, tokenId, by, at));
        }
    }

    /** Only a one-time password still unused is voided; anything else changes nothing. */
    @CommandHandler
    void handle(VoidOneTimePasswordCommand command) {
        if (!mustChangePassword) {
            return;
        }
        apply(new OneTimePasswordVoidedEvent(userId, command.voidedAt()));
    }

    /** Bound once: a different identity later is refused, the same one changes nothing. */
    @CommandHandler
    void handle(BindSingleSignOnCommand command) {
        requireActive();
        require(command.issuer() != null && !command.issuer().isBlank() && command.subject() != null
                && !command.subject().isBlank(), "rule.StaffAccountInput.singleSignOn");
        if (ssoIssuer != null) {
            if (!ssoIssuer.equals(command.issuer()) || !ssoSubject.equals(command.subject())) {
                throw new Refusal(Ruling.conflict("SingleSignOnBoundOnce", "rule.SingleSignOnBoundOnce"));
            }
            return;
        }
        apply(new SingleSignOnBoundEvent(userId, command.issuer(), command.subject(), command.boundAt()));
    }

    /** Revoking a token the account does not hold (or no longer holds) changes nothing. */
    @CommandHandler
    void handle(RevokeAccessTokenCommand command) {
        requireActor(command.revokedBy());
        if (!liveTokens.contains(command.tokenId())) {
            return;
        }
        apply(new AccessTokenRevokedEvent(userId, command.tokenId(), command.revokedBy(), command.revokedAt()));
    }

    @EventSourcingHandler
    void on(StaffAccountCreatedEvent event) {
        this.userId = event.userId();
        this.role = event.role();
        this.mustChangePassword = event.mustChangePassword();
    }

    @EventSourcingHandler
    void on(StaffPasswordChangedEvent event) {
        this.mustChangePassword = false;
    }

    @EventSourcingHandler
    void on(StaffPasswordResetEvent event) {
        this.mustChangePassword = true;
    }

    @EventSourcingHandler
    void on(OneTimePasswordVoidedEvent event) {
        this.mustChangePassword = false;
    }

    @EventSourcingHandler
    void on(SingleSignOnBoundEvent event) {
        this.ssoIssuer = event.issuer();
        this.ssoSubject = event.subject();
    }

    @EventSourcingHandler
    void on(AccessTokenIssuedEvent event) {
        liveTokens.add(event.tokenId());
    }

    @EventSourcingHandler
    void on(AccessTokenRevokedEvent event) {
        liveTokens.remove(event.tokenId());
    }

    @EventSourcingHandler
    void on(StaffAccountDisabledEvent event) {
        this.disabled = true;
    }

    @EventSourcingHandler
    void on(StaffAccountEnabledEvent event) {
        this.disabled = false;
    }

    @EventSourcingHandler
    void on(StaffEmailChangedEvent event) {
        this.email = event.email();
    }

    private void requireActive() {
        if (disabled) {
            throw new Refusal(Ruling.conflict("DisabledAccountsDoNothing", "rule.DisabledAccountsDoNothing"));
        }
    }

    /** An invariant of a command's input (most are the application's own checks, made again where they hold). */
    private static void require(boolean condition, String reasonKey) {
        Ruling.require(condition, "StaffAccountInput", reasonKey).orThrow();
    }
}
