package org.sanctuaryoversight.app.federalrequest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sanctuaryoversight.federalrequest.ComplianceFlag;
import org.sanctuaryoversight.federalrequest.FederalRequestFacts;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.StaffRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Human words for the registry pages ({@code @registryWords} in templates): a compliance flag's rule, ordinance clause
 * and reason in the reader's language (the flag's stored reason is English and is shown only for a rule this version
 * does not know), and the facts a correction changed.
 */
@Component("registryWords")
public record RegistryWords(MessageSource messages, RegistryProperties properties) {

    /** The rule, as a short sentence ("A detainer was honoured without a judicial warrant"). */
    public String rule(String rule, Locale locale) {
        return messages.getMessage("registry.flag." + rule, null,
                messages.getMessage("registry.flag.unknown", null, locale), locale);
    }

    /** The ordinance clause the rule enforces. */
    public String clause(String rule, String storedClause, Locale locale) {
        return messages.getMessage("registry.flag." + rule + ".clause", null, storedClause, locale);
    }

    /** Why this request meets the rule, from its facts as they stand. */
    public String reason(ComplianceFlag flag, StaffRecord record, Locale locale) {
        FederalRequestFacts facts = record.facts();
        long days = Duration.between(facts.receivedAt(), record.documentedAt()).toDays();
        Object[] arguments = {
                messages.getMessage("registry.response." + facts.response().name(), null, locale).toLowerCase(locale),
                messages.getMessage("registry.document." + facts.legalDocument().name(), null, locale).toLowerCase(locale),
                days, properties.documentationDeadlineDays()};
        return messages.getMessage("registry.flag." + flag.rule() + ".reason", arguments, flag.reason(), locale);
    }

    /** The facts a correction changed, by their names on the form. */
    public String fields(List<String> names, Locale locale) {
        return names.stream().map(name -> messages.getMessage("registry.field." + name, null, name, locale))
                .collect(Collectors.joining(", "));
    }
}
