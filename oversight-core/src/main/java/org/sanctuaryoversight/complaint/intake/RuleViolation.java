package org.sanctuaryoversight.complaint.intake;

import java.util.List;

/**
 * One broken intake rule: which field, and a message code the web layer turns into words in the
 * person's own language ({@code messages_es.properties} and friends).
 */
public record RuleViolation(String field, String code) {

    /** Thrown when a submission breaks intake rules; carries every violation, not just the first. */
    public static final class RejectedSubmissionException extends IllegalArgumentException {
        private final transient List<RuleViolation> violations;

        public RejectedSubmissionException(List<RuleViolation> violations) {
            super("The submission was rejected: " + violations);
            this.violations = List.copyOf(violations);
        }

        public List<RuleViolation> violations() {
            return violations;
        }
    }
}
