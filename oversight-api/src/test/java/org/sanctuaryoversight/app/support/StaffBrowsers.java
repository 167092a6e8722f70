package org.sanctuaryoversight.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.By;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.staff.Totp;

/**
 * Staff accounts for browser journeys, and a browser signed in as one of them through the real sign-in pages
 * (password, then the authenticator code where the account has one).
 */
public final class StaffBrowsers {

    public static final String PASSWORD = "a long journey password";

    private final StaffAccounts accounts;
    private final Map<String, byte[]> secrets = new HashMap<>();

    public StaffBrowsers(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    /** A new account with a password and an enrolled authenticator; its display name is "Staff " + its user id. */
    public String account(StaffRole role, String department) {
        String userId = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new StaffMember(userId, "Staff " + userId, role, department), PASSWORD, false, "test");
        await().until(() -> accounts.find(userId).isPresent());
        byte[] secret = StaffAccounts.newTotpSecret();
        accounts.enrollTotp(userId, secret);
        await().until(() -> accounts.find(userId).map(a -> a.totpSecret() != null).orElse(false));
        secrets.put(userId, secret);
        return userId;
    }

    /** A desktop browser signed in as the account, on its work list. */
    public Browser signIn(int port, String userId) {
        return signIn(port, userId, Browser.DESKTOP);
    }

    /** A browser of this width ({@link Browser#PHONE}, {@link Browser#DESKTOP}) signed in as the account. */
    public Browser signIn(int port, String userId, int width) {
        Browser browser = Browser.open(port, width, "en");
        browser.get("/login");
        browser.byId("username").sendKeys(userId);
        browser.byId("password").sendKeys(PASSWORD);
        browser.navigate(By.cssSelector("form[action='/login'] button[type=submit]"));
        if (browser.driver().getCurrentUrl().endsWith("/login/totp")) {
            browser.byId("code").sendKeys(Totp.code(secrets.get(userId), Instant.now(), 6));
            browser.navigate(By.cssSelector("form[action='/login/totp'] button[type=submit]"));
        }
        assertThat(browser.driver().getCurrentUrl()).as("signed in as " + userId).endsWith("/staff");
        return browser;
    }
}
