package org.sanctuaryoversight.app.security.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.security.accounts.StaffAccountInput.NewAccount;
import org.sanctuaryoversight.app.security.signin.AccessTokens;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.staff.StaffAccountQueries.StaffAccountSummary;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts as JSON, for administrators, with an administrator's personal access token ({@link AccessTokens});
 * every other role gets 403.
 */
@RestController
@PreAuthorize(StaffAccountsPageController.ADMIN)
record StaffAccountsApiController(StaffAccounts accounts, DepartmentDirectory departments, MessageSource messages) {

    record CreateAccountRequest(String userId, String displayName, String role, String department) {
    }

    /** @param oneTimePassword shown once; the account must replace it at first sign-in */
    record CreatedAccount(String userId, String oneTimePassword) {
    }

    @GetMapping("/api/v1/staff/accounts")
    List<StaffAccountSummary> list() {
        return accounts.list();
    }

    @PostMapping("/api/v1/staff/accounts")
    ResponseEntity<CreatedAccount> create(@RequestBody(required = false) CreateAccountRequest request,
                                          @AuthenticationPrincipal StaffPrincipal principal, Locale locale) {
        NewAccount account = request == null ? new NewAccount(null, null, null, null)
                : new NewAccount(request.userId(), request.displayName(), request.role(), request.department());
        Map<String, String> errors = StaffAccountInput.check(account, accounts, departments, messages, locale);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.entrySet().stream()
                    .map(e -> new FieldError(e.getKey(), e.getValue())).toList());
        }
        String password = accounts.createWithOneTimePassword(account.member(), principal.member().userId());
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new CreatedAccount(account.userId(), password));
    }
}
