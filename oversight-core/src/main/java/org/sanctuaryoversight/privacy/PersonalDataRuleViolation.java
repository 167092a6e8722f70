package org.sanctuaryoversight.privacy;

/** A privacy command that the rules refuse (legal hold in place, already shredded, no hold to lift). */
public final class PersonalDataRuleViolation extends IllegalStateException {

    /** A stable code the api layer turns into words in the reader's language. */
    private final String code;

    public PersonalDataRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
