package org.sanctuaryoversight.surveillance;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a search of the city's license-plate data needs the ombudsperson's review. One small rule per
 * sentence of law, each returning a {@link SearchFlag} that cites it, or nothing. A flag opens a review; it is
 * not a finding: the office weighs what the log cannot say. Changing a rule is changing one class here and its
 * test, and the {@link RuleSet} version, never a controller.
 */
public final class SearchAuditPolicy {

    static final String SHARING_LAW = "Cal. Civ. Code § 1798.90.55(b), § 1798.90.5(f)";
    static final String DATABASES_CLAUSE = "Ordinance, Protection of Sensitive Information (databases)";
    static final String RESOURCES_CLAUSE = "Ordinance, Restriction on Use of Law Enforcement Resources";
    static final String PURPOSE_LAW = "Cal. Civ. Code § 1798.90.52(a)(4)";
    static final String USE_LAW = "Cal. Civ. Code § 1798.90.51(b), § 1798.90.52(b)";

    /** What one row is checked with besides the row itself. */
    record SearchContext(String importId, String department, String agencyKey, AgencyType agencyType,
                         BurstIndex bursts, List<FederalRequestAnchor> anchors) {
        String caseId(AuditRule rule) {
            return ReviewCaseIds.of(importId, agencyKey, rule);
        }
    }

    interface Rule {
        Optional<SearchFlag> check(SearchRecord search, SearchContext context);
    }

    private final RuleSet rules;
    private final List<Rule> checks;

    public SearchAuditPolicy(RuleSet rules) {
        this.rules = rules;
        this.checks = List.of(
                new ImmigrationEnforcementReason(new TermMatcher(rules.immigrationTerms())),
                new FederalAgencySearch(),
                new OutOfStateAgencySearch(),
                new NoCaseNumber(rules.requireCaseNumber()),
                new VagueReason(rules.vagueReasons()),
                new SearchBurst(rules.burstSearches(), rules.burstWindow()),
                new SearchForFederalAgency(rules.sideDoorWindow()));
    }

    public RuleSet rules() {
        return rules;
    }

    AgencyDirectory directory() {
        return new AgencyDirectory(rules);
    }

    /** Every flag the search raises, in rule order; empty when nothing is wrong with it. */
    List<SearchFlag> evaluate(SearchRecord search, SearchContext context) {
        return checks.stream().map(rule -> rule.check(search, context)).flatMap(Optional::stream).toList();
    }

    /** A flag that quotes no words and links no request: the rule, its law, why, and the review case it opens. */
    private static SearchFlag flag(AuditRule rule, String clause, String reason, SearchContext context) {
        return new SearchFlag(rule, clause, reason, List.of(), null, context.caseId(rule));
    }

    /**
     * The ordinance: no department "shall make any databases they maintain available to federal authorities
     * for the purpose of investigating, enforcing, or assisting in the investigation or enforcement of
     * immigration law", and no resources "will be used for the purposes of: immigration enforcement". A reason
     * that names ICE, ERO, HSI, CBP, 287(g), deportation… says the search served that purpose.
     */
    static final class ImmigrationEnforcementReason implements Rule {
        private static final int REMEMBERED = 10_000;
        private final TermMatcher terms;
        private final Map<String, List<String>> remembered = new HashMap<>();

        ImmigrationEnforcementReason(TermMatcher terms) {
            this.terms = terms;
        }

        @Override
        public Optional<SearchFlag> check(SearchRecord search, SearchContext context) {
            List<String> words = matches(search.reason());
            if (words.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SearchFlag(AuditRule.IMMIGRATION_REASON, DATABASES_CLAUSE + "; " + RESOURCES_CLAUSE
                    + "; " + USE_LAW, "The stated reason points to immigration enforcement (" + String.join(", ", words)
                    + "); the ordinance forbids making the city's databases or resources available for it.",
                    words, null, context.caseId(AuditRule.IMMIGRATION_REASON)));
        }

        /** Reasons repeat ("Stolen vehicle"…): each distinct one is matched once, within a bounded memory. */
        private List<String> matches(String reason) {
            if (reason == null || reason.isBlank()) {
                return List.of();
            }
            if (remembered.size() >= REMEMBERED) {
                remembered.clear();
            }
            return remembered.computeIfAbsent(reason, terms::find);
        }
    }

    /**
     * Civil Code § 1798.90.55(b): a public agency "shall not sell, share, or transfer ALPR information, except to
     * another public agency", and § 1798.90.5(f) makes a public agency a California state or local one. A
     * federal agency searching the city's data is sharing the law does not allow, whatever its stated reason.
     */
    static final class FederalAgencySearch implements Rule {
        @Override
        public Optional<SearchFlag> check(SearchRecord search, SearchContext context) {
            if (context.agencyType() != AgencyType.FEDERAL) {
                return Optional.empty();
            }
            return Optional.of(flag(AuditRule.FEDERAL_AGENCY, SHARING_LAW + "; " + DATABASES_CLAUSE,
                    "A federal agency searched the city's license-plate data; California law allows sharing only with "
                            + "California state and local agencies, and the ordinance forbids making city databases "
                            + "available to federal authorities for immigration enforcement.", context));
        }
    }

    /** Civil Code § 1798.90.55(b) and § 1798.90.5(f): an agency of another state is not a lawful recipient. */
    static final class OutOfStateAgencySearch implements Rule {
        @Override
        public Optional<SearchFlag> check(SearchRecord search, SearchContext context) {
            if (context.agencyType() != AgencyType.OUT_OF_STATE) {
                return Optional.empty();
            }
            return Optional.of(flag(AuditRule.OUT_OF_STATE_AGENCY, SHARING_LAW,
                    "An agency of another state searched the city's license-plate data; California law allows "
                            + "sharing only with California state and local agencies.", context));
        }
    }

    /**
     * Civil Code § 1798.90.51(b) makes the city's usage and privacy policy state the authorized purposes of
     * access; where that policy requires a case number for every search ({@code require-case-number}), a
     * search without one cannot be tied to an authorized purpose.
     */
    static final class NoCaseNumber implements Rule {
        private final boolean required;

        NoCaseNumber(boolean required) {
            this.required = required;
        }

        @Override
        public Optional<SearchFlag> check(SearchRecord search, SearchContext context) {
            if (!required || search.hasCaseNumber()) {
                return Optional.empty();
            }
            return Optional.of(flag(AuditRule.NO_CASE_NUMBER, USE_LAW,
                    "The search has no case number; the city's license-plate reader policy requires one for every "
                            + "search, so it cannot be tied to an authorized purpose.", context));
        }
    }

    /**
     * Civil Code § 1798.90.52(a)(4): the record of every access must include "the purpose for accessing the
     * information". No reason, or a word such as "investigation" alone, records none.
     */
    static final class VagueReason implements Rule {
        private final Set<String> vague;

        VagueReason(List<String> vagueReasons) {
            this.vague = vagueReasons.stream().map(TermMatcher::bare).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public Optional<SearchFlag> check(SearchRecord search, SearchContext context) {
            boolean none = search.reason() == null || search.reason().isBlank();
            if (!none && !TermMatcher.isOneOf(search.reason(), vague)) {
                return Optional.empty();
            }
            return Optional.of(flag(AuditRule.VAGUE_REASON, PURPOSE_LAW, none
                    ? "The search gives no reason; state law requires every access record to state its purpose."
                    : "The reason \"" + search.reason().strip() + "\" alone states no purpose; state law requires "
                            + "every access record to state the purpose of the search.", context));
        }
    }

    /**
     * Civil Code § 1798.90.52(b): ALPR information may "only be used for the authorized purposes" of the
     * policy. Many searches by one agency in a short time look like bulk tracking, not a case being worked.
     */
    static final class SearchBurst implements Rule {
        private final int limit;
        private final Duration window;

        SearchBurst(int limit, Duration window) {
            this.limit = limit;
            this.window = window;
        }

        @Override
        public Optional<SearchFlag> check(SearchRecord search, SearchContext context) {
            return context.bursts().at(context.agencyKey(), search.searchedAt()).map(burst -> flag(
                    AuditRule.SEARCH_BURST, USE_LAW + "; " + RESOURCES_CLAUSE,
                    "Part of a burst: up to " + burst.most() + " searches by this agency within " + describe(window)
                            + " between " + burst.from() + " and " + burst.to() + ", more than the city's limit of "
                            + limit + "; bulk searching is not an authorized purpose.", context));
        }

        private static String describe(Duration window) {
            return window.toMinutes() % 60 == 0 ? window.toHours() + " h" : window.toMinutes() + " min";
        }
    }

    /**
     * The side door: a local officer searching on behalf of a federal agency makes the city's data available
     * to federal authorities as surely as direct sharing (ordinance; § 1798.90.55(b)). A search whose case
     * number or reason carries the case or reference number of a documented federal request, or an own
     * officer's search soon after a federal agency asked the same department for data, is flagged with the
     * request linked.
     */
    static final class SearchForFederalAgency implements Rule {
        private final Duration window;

        SearchForFederalAgency(Duration window) {
            this.window = window;
        }

        @Override
        public Optional<SearchFlag> check(SearchRecord search, SearchContext context) {
            AgencyType type = context.agencyType();
            if ((type != AgencyType.OWN_DEPARTMENT && type != AgencyType.LOCAL_IN_STATE) || context.anchors().isEmpty()) {
                return Optional.empty();
            }
            Set<String> references = SideDoorReferences.in(search.hasCaseNumber() ? search.caseNumber() : null,
                    search.reason());
            for (FederalRequestAnchor anchor : context.anchors()) {
                if (anchor.references().stream().anyMatch(references::contains)) {
                    return Optional.of(flag(context, anchor, "Its case number or reason carries the case or "
                            + "reference number of federal request " + anchor.requestId() + " in the registry."));
                }
            }
            if (type != AgencyType.OWN_DEPARTMENT) {
                return Optional.empty();
            }
            Instant at = search.searchedAt();
            for (FederalRequestAnchor anchor : context.anchors()) {
                if (anchor.dataRequest() && anchor.department().equals(context.department())
                        && !at.isBefore(anchor.receivedAt()) && !at.isAfter(anchor.receivedAt().plus(window))) {
                    return Optional.of(flag(context, anchor, "It was made within " + window.toHours() + " h after a "
                            + "federal agency asked this department for data (federal request " + anchor.requestId()
                            + " in the registry)."));
                }
            }
            return Optional.empty();
        }

        private static SearchFlag flag(SearchContext context, FederalRequestAnchor anchor, String how) {
            return new SearchFlag(AuditRule.POSSIBLE_SEARCH_FOR_FEDERAL_AGENCY,
                    DATABASES_CLAUSE + "; " + SHARING_LAW,
                    "Possible search on behalf of a federal agency. " + how
                            + " Searching for a federal agency shares the city's data with it.",
                    List.of(), anchor.requestId(), context.caseId(AuditRule.POSSIBLE_SEARCH_FOR_FEDERAL_AGENCY));
        }
    }
}
