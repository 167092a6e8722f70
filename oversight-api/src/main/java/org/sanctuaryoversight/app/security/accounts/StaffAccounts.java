package org.sanctuaryoversight.app.security.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffAccountCommands.*;
import org.sanctuaryoversight.staff.StaffAccountQueries.*;
import org.sanctuaryoversight.staff.StaffAccountView;
import org.sanctuaryoversight.staff.StaffEmailAddress;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff accounts for the web layer: the lookup Spring Security signs in against (from the
 * {@code staff_accounts} projection), and the few account actions (create, enrol TOTP, change password),
 * each one command. TOTP secrets are sealed with their own data key in the {@link PersonalDataVault}.
 */
public class StaffAccounts implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PasswordEncoder passwords;
    private final PersonalDataVault vault;
    private final Clock clock;
    private final java.time.Duration oneTimePasswordLifetime;

    public StaffAccounts(CommandGateway commands, QueryGateway queries, PasswordEncoder passwords, PersonalDataVault vault,
                  Clock clock, java.time.Duration oneTimePasswordLifetime) {
        this.oneTimePasswordLifetime = oneTimePasswordLifetime;
        this.commands = commands;
        this.queries = queries;
        this.passwords = passwords;
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccountView account = find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new StaffPrincipal(account.member(), account.passwordHash(), !account.disabled(),
                !oneTimePasswordExpired(account));
    }

    /** Whether the account's one-time password is older than {@code oversight.security.one-time-password-lifetime}. */
    boolean oneTimePasswordExpired(StaffAccountView account) {
        return account.mustChangePassword() && account.oneTimePasswordSince() != null
                && !clock.instant().isBefore(account.oneTimePasswordSince().plus(oneTimePasswordLifetime));
    }

    /** The account bound to this identity of the city's provider, if one is. */
    public Optional<StaffAccountView> findBySingleSignOn(String issuer, String subject) {
        return queries.query(new FindStaffAccountBySingleSignOnQuery(issuer, subject),
                ResponseTypes.optionalInstanceOf(StaffAccountView.class)).join();
    }

    /** @throws org.sanctuaryoversight.ruling.Refusal when the account is bound to another identity */
    public void bindSingleSignOn(String userId, String issuer, String subject) {
        commands.sendAndWait(new BindSingleSignOnCommand(userId, issuer, subject, clock.instant()));
    }

    /** A first single sign-on makes the account's unused one-time password useless. */
    public void voidOneTimePassword(String userId) {
        commands.sendAndWait(new VoidOneTimePasswordCommand(userId, clock.instant()));
    }

    public Optional<StaffAccountView> find(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return queries.query(new FindStaffAccountQuery(userId.strip()), ResponseTypes.optionalInstanceOf(StaffAccountView.class))
                .join();
    }

    public long count() {
        return queries.query(new CountStaffAccountsQuery(), ResponseTypes.instanceOf(Long.class)).join();
    }

    public void create(StaffMember member, String password, boolean mustChangePassword, String createdBy) {
        commands.sendAndWait(new CreateStaffAccountCommand(member.userId(), member.displayName(), member.role(),
                member.department(), passwords.encode(password), mustChangePassword, createdBy, clock.instant()));
    }

    /** Every account, by user id, as the administrator sees it (no hashes, no secrets). */
    public java.util.List<StaffAccountSummary> list() {
        return queries.query(new ListStaffAccountsQuery(), ResponseTypes.multipleInstancesOf(StaffAccountSummary.class))
                .join();
    }

    /**
     * An administrator creates an account with a random one-time password, returned once to be handed over and kept
     * nowhere (only its hash is stored). The account must choose its own password at first sign-in.
     */
    public String createWithOneTimePassword(StaffMember member, String createdBy) {
        String password = oneTimePassword();
        create(member, password, true, createdBy);
        return password;
    }

    /** @throws org.sanctuaryoversight.ruling.Refusal when an administrator tries to disable themselves */
    public void disable(String userId, String disabledBy) {
        commands.sendAndWait(new DisableStaffAccountCommand(userId, disabledBy, clock.instant()));
    }

    /**
     * Sets or clears ({@code email} blank) where {@code userId}'s notifications go; {@code by} is the person or an
     * administrator. Check the address with {@link #emailError} first.
     */
    public void changeEmail(String userId, String email, StaffMember by) {
        commands.sendAndWait(new ChangeStaffEmailCommand(userId, email, by, clock.instant()));
    }

    /** The message key of what is wrong with a typed address, empty when it may be saved (blank clears it). */
    public static Optional<String> emailError(String typed) {
        return StaffEmailAddress.normalise(typed)
                .filter(address -> !StaffEmailAddress.isValid(address))
                .map(address -> address.length() > StaffEmailAddress.MAX_LENGTH ? "staff.email.error.tooLong"
                        : "staff.email.error.invalid");
    }

    public void changePassword(String userId, String newPassword) {
        commands.sendAndWait(new ChangeStaffPasswordCommand(userId, passwords.encode(newPassword), clock.instant()));
    }

    public void enrollTotp(String userId, byte[] secret) {
        String keyId = "staff-totp-" + userId;
        if (vault.hasKey(keyId)) {
            // enrolling again after an administrator's reset: a key of its own
            keyId = keyId + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        }
        vault.createKey(keyId);
        Sealed sealed = vault.seal(keyId, Base64.getEncoder().encodeToString(secret));
        commands.sendAndWait(new EnrollTotpCommand(userId, sealed, clock.instant()));
    }

    /**
     * An administrator clears another account's authenticator (audited by the event, which names them); the old
     * secret's data key is destroyed, so the secret is unreadable even in old events.
     * @throws org.sanctuaryoversight.ruling.Refusal for one's own account
     */
    public void resetTotp(String userId, String resetBy) {
        Optional<Sealed> old = find(userId).map(StaffAccountView::totpSecret);
        commands.sendAndWait(new ResetStaffTotpCommand(userId, resetBy, clock.instant()));
        old.ifPresent(sealed -> vault.shred(sealed.keyId()));
    }

    /**
     * An administrator gives another account a new one-time password, returned once to be handed over; the person
     * must choose their own at the next sign-in.
     */
    public String resetPassword(String userId, String resetBy) {
        String password = oneTimePassword();
        commands.sendAndWait(new ResetStaffPasswordCommand(userId, passwords.encode(password), resetBy, clock.instant()));
        return password;
    }

    public void enable(String userId, String enabledBy) {
        commands.sendAndWait(new EnableStaffAccountCommand(userId, enabledBy, clock.instant()));
    }

    /** The account's TOTP secret, opened from the vault; empty if none is enrolled. */
    public Optional<byte[]> totpSecret(StaffAccountView account) {
        return Optional.ofNullable(account.totpSecret()).flatMap(vault::open).map(Base64.getDecoder()::decode);
    }

    public static byte[] newTotpSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** A one-time password: 18 random bytes, URL-safe Base64 (24 characters). */
    public static String oneTimePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
