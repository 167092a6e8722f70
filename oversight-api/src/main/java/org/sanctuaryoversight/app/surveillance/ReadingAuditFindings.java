package org.sanctuaryoversight.app.surveillance;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.app.web.NotFoundException;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.AuditLogCommands.RecordOfficerNamesViewCommand;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.LogSubmissionPolicy;
import org.sanctuaryoversight.surveillance.LogSubmissionPolicy.Coverage;
import org.sanctuaryoversight.surveillance.LogSubmissionPolicy.MissingLog;
import org.sanctuaryoversight.surveillance.OfficerNamesViewPurpose;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.AuditImportView;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindAuditImportQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindAuditImportsQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindFlaggedSearchesQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FlaggedSearchPage;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.OfficerNamesView;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the audit's pages read, with who may read it: a department liaison sees their own department's
 * imports (counts only), the office and the auditor everything but officer names, which the ombudsperson or
 * an investigator opens only through {@link #openOfficerNames}, recorded first.
 */
record ReadingAuditFindings(QueryGateway queries, CommandGateway commands, PersonalDataVault vault,
                            LogSubmissionPolicy logs, ZoneId cityZone, Clock clock) {

    static final int PAGE_SIZE = 50;

    /** Whether the member sees flagged searches (not only counts). */
    static boolean readsSearches(StaffMember member) {
        return member.role() == StaffRole.OMBUDSPERSON || member.role() == StaffRole.INVESTIGATOR
                || member.role() == StaffRole.AUDITOR;
    }

    /** Whether the member may open officer names (for a stated reason, recorded). */
    static boolean opensOfficerNames(StaffMember member) {
        return member.role() == StaffRole.OMBUDSPERSON || member.role() == StaffRole.INVESTIGATOR;
    }

    List<AuditImportView> imports(StaffMember member) {
        String department = member.role() == StaffRole.DEPARTMENT_LIAISON ? member.department() : null;
        return queries.query(new FindAuditImportsQuery(department),
                ResponseTypes.multipleInstancesOf(AuditImportView.class)).join();
    }

    /** The import, if the member may see it: a liaison is refused (403) another department's, or an unknown one. */
    AuditImportView importFor(StaffMember member, String importId) {
        Optional<AuditImportView> found = queries.query(new FindAuditImportQuery(importId),
                ResponseTypes.optionalInstanceOf(AuditImportView.class)).join();
        if (member.role() == StaffRole.DEPARTMENT_LIAISON
                && found.map(view -> !member.isLiaisonOf(view.department())).orElse(true)) {
            throw new AccessDeniedException("Another department's audit log");
        }
        return found.orElseThrow(() -> new NotFoundException("No such audit log import"));
    }

    FlaggedSearchPage searches(String importId, AuditRule rule, String agency, int page) {
        return queries.query(new FindFlaggedSearchesQuery(importId, null, rule, agency, Math.max(0, page), PAGE_SIZE),
                ResponseTypes.instanceOf(FlaggedSearchPage.class)).join();
    }

    FlaggedSearchPage caseSearches(String reviewCaseId, int page) {
        return queries.query(new FindFlaggedSearchesQuery(null, reviewCaseId, null, null, Math.max(0, page), PAGE_SIZE),
                ResponseTypes.instanceOf(FlaggedSearchPage.class)).join();
    }

    /** A recorded look at officer names: what opens them, and the look as the access list shows it. */
    record OpenedNames(java.util.function.Function<Sealed, String> opener, OfficerNamesView look) {
    }

    /** Records the look first (refused without a reason), then returns what opens the sealed names. */
    OpenedNames openOfficerNames(StaffMember member, String importId, OfficerNamesViewPurpose purpose, String note) {
        java.time.Instant now = clock.instant();
        commands.sendAndWait(new RecordOfficerNamesViewCommand(importId, member, purpose, note, now));
        return new OpenedNames(sealed -> sealed == null ? null : vault.open(sealed).orElse(null),
                new OfficerNamesView(member.displayName(), member.role().name(), purpose, note.strip(), now));
    }

    /**
     * Agencies of completed imports that the rules in force still cannot classify (a classification by the office
     * counts at once here; the imports count it once checked again).
     */
    List<String> unclassifiedAgencies(List<AuditImportView> imports, org.sanctuaryoversight.surveillance.RuleSet rules) {
        return imports.stream().filter(AuditImportView::completed)
                .flatMap(view -> view.summary().unclassifiedAgencies().stream()
                        .filter(agency -> rules.classify(view.department(), agency)
                                == org.sanctuaryoversight.surveillance.AgencyType.UNCLASSIFIED))
                .distinct().sorted().toList();
    }

    /** Months without any log, for the departments whose logs are required, as of today in the city. */
    List<MissingLog> missingLogs() {
        List<Coverage> submitted = queries.query(new FindAuditImportsQuery(null),
                        ResponseTypes.multipleInstancesOf(AuditImportView.class)).join().stream()
                .filter(AuditImportView::completed)
                .map(view -> new Coverage(view.department(), view.periodFrom(), view.periodTo())).toList();
        return logs.missing(submitted, clock.instant().atZone(cityZone).toLocalDate());
    }
}
