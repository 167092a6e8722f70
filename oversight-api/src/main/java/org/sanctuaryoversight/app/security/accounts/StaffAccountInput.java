package org.sanctuaryoversight.app.security.accounts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.context.MessageSource;

/**
 * Checks a new account as an administrator typed it, for the page and the API alike: field by field, in the reader's
 * language, so the create command is only sent with input the account aggregate will accept.
 */
final class StaffAccountInput {

    /** The account aggregate's rule for user ids. */
    static final String USER_ID = "[a-z0-9][a-z0-9._-]{1,63}";
    static final int MAX_NAME = 200;

    record NewAccount(String userId, String displayName, String role, String department) {
        NewAccount {
            userId = userId == null ? "" : userId.strip();
            displayName = displayName == null ? "" : displayName.strip();
            role = role == null ? "" : role.strip();
            department = department == null ? "" : department.strip();
        }

        StaffMember member() {
            StaffRole parsed = StaffRole.valueOf(role);
            return new StaffMember(userId, displayName, parsed,
                    parsed == StaffRole.DEPARTMENT_LIAISON ? department : null);
        }
    }

    private StaffAccountInput() {
    }

    static Map<String, String> check(NewAccount account, StaffAccounts accounts, DepartmentDirectory departments,
                                     MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (account.userId().isEmpty()) {
            errors.put("userId", messages.getMessage("accounts.error.userId.required", null, locale));
        } else if (!account.userId().matches(USER_ID)) {
            errors.put("userId", messages.getMessage("accounts.error.userId.format", null, locale));
        } else if (accounts.find(account.userId()).isPresent()) {
            errors.put("userId", messages.getMessage("accounts.error.userId.taken", null, locale));
        }
        if (account.displayName().isEmpty()) {
            errors.put("displayName", messages.getMessage("accounts.error.displayName.required", null, locale));
        } else if (account.displayName().length() > MAX_NAME) {
            errors.put("displayName", messages.getMessage("accounts.error.displayName.tooLong", null, locale));
        }
        StaffRole role = null;
        if (account.role().isEmpty()) {
            errors.put("role", messages.getMessage("accounts.error.role.required", null, locale));
        } else {
            try {
                role = StaffRole.valueOf(account.role());
            } catch (IllegalArgumentException unknown) {
                errors.put("role", messages.getMessage("accounts.error.role.unknown", null, locale));
            }
        }
        if (role == StaffRole.DEPARTMENT_LIAISON) {
            if (account.department().isEmpty()) {
                errors.put("department", messages.getMessage("accounts.error.department.required", null, locale));
            } else if (!departments.exists(account.department())) {
                errors.put("department", messages.getMessage("accounts.error.department.unknown", null, locale));
            }
        } else if (role != null && !account.department().isEmpty()) {
            errors.put("department", messages.getMessage("accounts.error.department.onlyLiaison", null, locale));
        }
        return errors;
    }
}
