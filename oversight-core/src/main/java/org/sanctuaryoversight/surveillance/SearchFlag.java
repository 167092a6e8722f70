package org.sanctuaryoversight.surveillance;

import java.util.List;

/**
 * One rule a search appears to break, with the reason in words.
 *
 * @param clause          the law it enforces, e.g. {@code Cal. Civ. Code § 1798.90.55(b)}
 * @param reason          the rule's sentence and how this search meets it (no plate, no officer name)
 * @param matchedWords    the words of the search's reason that matched, as written (immigration terms)
 * @param linkedRequestId the federal request of the registry this search matched (side door), or null
 * @param reviewCaseId    the review case this flag is grouped into (one per import, agency and rule)
 */
public record SearchFlag(AuditRule rule, String clause, String reason, List<String> matchedWords,
                         String linkedRequestId, String reviewCaseId) {
    public SearchFlag {
        matchedWords = matchedWords == null ? List.of() : List.copyOf(matchedWords);
    }
}
