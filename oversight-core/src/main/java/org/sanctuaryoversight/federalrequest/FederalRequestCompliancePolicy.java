package org.sanctuaryoversight.federalrequest;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a documented federal request needs the ombudsperson's review. One small rule per ordinance
 * sentence; each returns a {@link ComplianceFlag} quoting the clause, or nothing. A change of law is a
 * change of one rule here and its test, never of a controller.
 *
 * <p>Help "without a judicial warrant or court order" means the department answered {@code COMPLIED}
 * or {@code PARTIALLY_COMPLIED} while the agency presented anything less than a judge's signature
 * (nothing, an administrative warrant, a detainer, an administrative subpoena). Declining, referring to
 * counsel and pending answers never raise a help flag. The ordinance's lawful-subpoena and
 * victim-and-witness exceptions are for the ombudsperson to weigh: a flag opens a review, it is not a finding.
 */
public final class FederalRequestCompliancePolicy {

    /** A rule of the ordinance applied to one documented request. */
    public interface Rule {
        Optional<ComplianceFlag> check(FederalRequestFacts facts, Instant documentedAt);
    }

    private final List<Rule> rules;

    public FederalRequestCompliancePolicy(int documentationDeadlineDays) {
        this.rules = List.of(
                new InformationSharedWithoutCourtOrder(),
                new DatabaseMadeAvailable(),
                new ResourcesUsedForImmigrationEnforcement(),
                new DetainerHonouredWithoutJudicialWarrant(),
                new DocumentedLate(documentationDeadlineDays));
    }

    /** Every flag the request raises, in rule order; empty when it complies. */
    public List<ComplianceFlag> evaluate(FederalRequestFacts facts, Instant documentedAt) {
        return rules.stream().map(rule -> rule.check(facts, documentedAt)).flatMap(Optional::stream).toList();
    }

    private static boolean helpedWithoutJudge(FederalRequestFacts facts, Set<RequestType> covered) {
        return facts.response() != null && facts.response().gaveHelp()
                && (facts.legalDocument() == null || !facts.legalDocument().isJudicial())
                && facts.requestTypes().stream().anyMatch(covered::contains);
    }

    /** The answer and the document in words (the reason is read by people, on the case page and in the log). */
    private static String answer(FederalRequestFacts facts) {
        return "the department " + words(facts.response()) + ", on " + (facts.legalDocument() == null
                || facts.legalDocument() == LegalDocument.NONE ? "no document" : article(words(facts.legalDocument())));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * The four rules about help given on less than a judge's signature: which requests they cover, the clause they
     * cite and why, in words; the help test and the flag are the same for each.
     */
    private abstract static class HelpWithoutJudge implements Rule {
        static final String SENSITIVE_INFORMATION = "Protection of Sensitive Information";
        static final String LAW_ENFORCEMENT_RESOURCES = "Restriction on Use of County Law Enforcement Resources";

        private final String code;
        private final String clause;
        private final Set<RequestType> covered;

        HelpWithoutJudge(String code, String clause, Set<RequestType> covered) {
            this.code = code;
            this.clause = clause;
            this.covered = covered;
        }

        /** The flag's reason, around the department's answer in words. */
        abstract String reason(String answer);

        @Override
        public Optional<ComplianceFlag> check(FederalRequestFacts facts, Instant documentedAt) {
            return helpedWithoutJudge(facts, covered)
                    ? Optional.of(new ComplianceFlag(code, clause, reason(answer(facts)))) : Optional.empty();
        }
    }

    /**
     * "Protection of Sensitive Information": "No county agency, department, officer, employee, or agent
     * shall provide non-publicly available information about any individual … except where expressly
     * required by law or court order." A release date is information about an individual.
     */
    static final class InformationSharedWithoutCourtOrder extends HelpWithoutJudge {
        static final String CODE = "INFORMATION_WITHOUT_COURT_ORDER";

        InformationSharedWithoutCourtOrder() {
            super(CODE, SENSITIVE_INFORMATION, EnumSet.of(RequestType.INFORMATION_ABOUT_PERSON,
                    RequestType.RELEASE_DATE_NOTIFICATION));
        }

        @Override
        String reason(String answer) {
            return "Non-publicly available information about an individual was provided ("
                    + answer + "); the ordinance allows this only where expressly required by law or court order.";
        }
    }

    /**
     * "Protection of Sensitive Information": no department "shall make any databases they maintain
     * available to federal authorities for the purpose of … enforcement of immigration law". This is how
     * license-plate reader data reaches ICE, directly or through a vendor.
     */
    static final class DatabaseMadeAvailable extends HelpWithoutJudge {
        static final String CODE = "DATABASE_ACCESS_WITHOUT_COURT_ORDER";

        DatabaseMadeAvailable() {
            super(CODE, SENSITIVE_INFORMATION, EnumSet.of(RequestType.DATABASE_OR_SURVEILLANCE_DATA));
        }

        @Override
        String reason(String answer) {
            return "A database or surveillance data (such as license-plate reader data) was made available to "
                    + "federal authorities (" + answer + "); the ordinance forbids making databases available for "
                    + "immigration enforcement without a judicial warrant or court order.";
        }
    }

    /**
     * "Restriction on Use of County Law Enforcement Resources": "No County resources, facilities,
     * property, equipment, or personnel will be used for the purposes of: immigration enforcement", and
     * the toolkit's jail demand: "Require ICE to produce a criminal warrant prior to providing ICE access
     * to county facilities", including interviews of people in custody.
     */
    static final class ResourcesUsedForImmigrationEnforcement extends HelpWithoutJudge {
        static final String CODE = "FACILITIES_OR_PERSONNEL_WITHOUT_JUDICIAL_WARRANT";

        ResourcesUsedForImmigrationEnforcement() {
            super(CODE, LAW_ENFORCEMENT_RESOURCES, EnumSet.of(RequestType.FACILITY_ACCESS,
                    RequestType.INTERVIEW_IN_CUSTODY, RequestType.PERSONNEL_EQUIPMENT_JOINT_OPERATION));
        }

        @Override
        String reason(String answer) {
            return "County facilities, personnel or equipment were used, or access to a non-public facility or "
                    + "a person in custody was given (" + answer + "); the ordinance forbids their use "
                    + "for immigration enforcement and requires a judicial warrant before facility access.";
        }
    }

    /**
     * "Restriction on Use of County Law Enforcement Resources": no county personnel or facilities "will be used for
     * the purposes of: immigration enforcement", which the toolkit spells out for jails: "Do not arrest or detain
     * anyone for civil immigration violations, including pursuant to immigration detainer requests from ICE, ICE
     * administrative arrest warrants" — "without a judicial warrant". A transfer of custody to ICE honours the same
     * request by other means.
     */
    static final class DetainerHonouredWithoutJudicialWarrant extends HelpWithoutJudge {
        static final String CODE = "DETAINER_WITHOUT_JUDICIAL_WARRANT";

        DetainerHonouredWithoutJudicialWarrant() {
            super(CODE, LAW_ENFORCEMENT_RESOURCES, EnumSet.of(RequestType.DETAINER_HOLD,
                    RequestType.TRANSFER_OF_CUSTODY));
        }

        @Override
        String reason(String answer) {
            return "A detainer, hold or transfer of custody was honoured (" + answer + "); the ordinance forbids "
                    + "detaining anyone on an immigration detainer or administrative warrant without a judicial warrant.";
        }
    }

    /**
     * "Public Record": a department that receives a request "shall document the request in writing".
     * A record written long after the event is neither reliable nor timely public information, so the
     * city sets a deadline in days ({@code oversight.registry.documentation-deadline-days}).
     */
    static final class DocumentedLate implements Rule {
        static final String CODE = "DOCUMENTED_LATE";
        private final int deadlineDays;

        /** @param deadlineDays not negative: the setting is checked where it is read ({@code RegistryProperties}) */
        DocumentedLate(int deadlineDays) {
            this.deadlineDays = deadlineDays;
        }

        @Override
        public Optional<ComplianceFlag> check(FederalRequestFacts facts, Instant documentedAt) {
            Objects.requireNonNull(documentedAt, "documentedAt");
            if (facts.receivedAt() == null
                    || Duration.between(facts.receivedAt(), documentedAt).compareTo(Duration.ofDays(deadlineDays)) <= 0) {
                return Optional.empty();
            }
            long days = Duration.between(facts.receivedAt(), documentedAt).toDays();
            return Optional.of(new ComplianceFlag(CODE, "Public Record",
                    "The request was documented " + days + " days after it was received; the ordinance requires "
                    + "every request to be documented in writing, and this city's deadline is "
                    + deadlineDays + " days."));
        }
    }
}
