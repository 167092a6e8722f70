package org.sanctuaryoversight.staff;

/** A staff account command broke one of the account's rules; the message says which, in plain words. */
public class StaffAccountRuleViolation extends IllegalArgumentException {
    public StaffAccountRuleViolation(String message) {
        super(message);
    }
}
