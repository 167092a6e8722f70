package org.sanctuaryoversight.surveillance;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.digest.Sha256;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.surveillance.AuditLogCommands.BeginAuditLogImportCommand;
import org.sanctuaryoversight.surveillance.AuditLogCommands.CompleteAuditLogImportCommand;
import org.sanctuaryoversight.surveillance.AuditLogCommands.RecordFlaggedSearchesCommand;
import org.sanctuaryoversight.surveillance.SearchAuditPolicy.SearchContext;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.AgencyClassifications;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindAgencyClassificationsQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindFederalRequestAnchorsQuery;

/**
 * Importing a license-plate reader search audit log, in two streaming passes over the same bytes, each in
 * memory that does not grow with the file (but for 4 bytes a search, for bursts):
 * <ol>
 *   <li>{@link #validate}: the whole file is read and checked (encoding, header, every row's fields and time,
 *       the period) and its SHA-256 computed. A problem anywhere, the last line included, stops here: nothing
 *       is stored.</li>
 *   <li>{@link #begin} starts the import (the same file twice is refused), then {@link #record} checks every
 *       search against the {@link SearchAuditPolicy}, records the flagged ones in chunks and completes the
 *       import with its counts.</li>
 * </ol>
 * A plate never leaves this class; an officer's name only sealed under the import's data key.
 */
public final class ImportingAuditLog {

    /** Flagged searches per command: one commit of the event store, well under a MongoDB document's 16 MB. */
    static final int CHUNK = 250;
    static final int MAX_AGENCIES = 20_000;
    static final int MAX_DAYS = 731;
    private static final int PROGRESS_EVERY = 10_000;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PersonalDataVault vault;
    private final RuleSet rules;
    private final List<AuditLogLayout> layouts;
    private final ZoneId cityZone;
    private final Clock clock;

    public ImportingAuditLog(CommandGateway commands, QueryGateway queries, PersonalDataVault vault, RuleSet rules,
                             List<AuditLogLayout> extraLayouts, ZoneId cityZone, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.vault = vault;
        this.rules = rules;
        List<AuditLogLayout> all = new ArrayList<>(AuditLogLayout.BUILT_IN);
        all.addAll(extraLayouts);
        this.layouts = List.copyOf(all);
        this.cityZone = cityZone;
        this.clock = clock;
    }

    /** The rules in force now: the configured ones and the office's classifications of agencies. */
    public RuleSet rules() {
        if (queries == null) {
            return rules;
        }
        return rules.withOfficeClassifications(queries.query(new FindAgencyClassificationsQuery(),
                ResponseTypes.instanceOf(AgencyClassifications.class)).join().byAgency());
    }

    public List<AuditLogLayout> layouts() {
        return layouts;
    }

    /** The data key under which an import's officer names are sealed (one per import, so it can be shredded alone). */
    public static String officerKeyId(String importId) {
        return "alpr:" + importId;
    }

    /** The first pass: reads the whole stream and throws an {@link AuditLogProblem} at the first problem. */
    public ValidatedAuditLog validate(InputStream bytes, AuditLogUpload upload) {
        LocalDate from = upload.periodFrom();
        LocalDate to = upload.periodTo();
        if (from != null && to != null && from.isAfter(to)) {
            throw new AuditLogProblem(0, "periodOrder", "the period ends before it starts");
        }
        RuleSet inForce = rules();
        MessageDigest sha = Sha256.digest();
        AuditLogFile file = AuditLogFile.open(new DigestInputStream(bytes, sha), layouts);
        BurstIndex.Builder bursts = new BurstIndex.Builder();
        Set<String> agencies = new HashSet<>();
        String own = ownAgency(upload.department());
        long searches = 0;
        Instant first = null;
        Instant last = null;
        for (SearchRecord search = file.next(); search != null; search = file.next()) {
            LocalDate day = search.searchedAt().atZone(cityZone).toLocalDate();
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                throw new AuditLogProblem(search.line(), "outsidePeriod", "the search was made on " + day
                        + ", outside the period given", String.valueOf(day), String.valueOf(from), String.valueOf(to));
            }
            String agency = AgencyDirectory.key(file.layout().ownSearches() ? own : search.agency());
            if (agencies.add(agency) && agencies.size() > MAX_AGENCIES) {
                throw new AuditLogProblem(search.line(), "tooManyAgencies", "more than " + MAX_AGENCIES
                        + " searching agencies", String.valueOf(MAX_AGENCIES));
            }
            bursts.add(agency, search.searchedAt());
            first = first == null || search.searchedAt().isBefore(first) ? search.searchedAt() : first;
            last = last == null || search.searchedAt().isAfter(last) ? search.searchedAt() : last;
            searches++;
        }
        if (searches == 0 && (from == null || to == null)) {
            throw new AuditLogProblem(0, "noSearches", "the file holds no searches: give the period it covers");
        }
        LocalDate periodFrom = from != null ? from : first.atZone(cityZone).toLocalDate();
        LocalDate periodTo = to != null ? to : last.atZone(cityZone).toLocalDate();
        long days = Duration.between(periodFrom.atStartOfDay(), periodTo.plusDays(1).atStartOfDay()).toDays();
        if (days > MAX_DAYS) {
            throw new AuditLogProblem(0, "periodTooLong", "the log covers " + days + " days; split it into files of at most "
                    + MAX_DAYS, String.valueOf(days), String.valueOf(MAX_DAYS));
        }
        return new ValidatedAuditLog(upload, Sha256.hex(sha), file.layout(), searches,
                periodFrom, periodTo, first, last, bursts.build(inForce.burstSearches(), inForce.burstWindow()), inForce);
    }

    /**
     * Starts the import (or, for {@link AuditLogUpload#rerun()}, a new evaluation of it) and returns the
     * evaluation's number. Refused ({@link org.sanctuaryoversight.ruling.Refusal}) when the file was imported before.
     */
    public int begin(ValidatedAuditLog log, StaffMember by) {
        Ruling.require(!log.upload().rerun() || log.upload().rerunOf().equals(log.importId()),
                AuditLogImportAggregate.REEVALUATION, "rule.ReevaluationUnderNewRules.otherFile").orThrow();
        vault.ensureKey(officerKeyId(log.importId()));
        Integer evaluation = commands.sendAndWait(new BeginAuditLogImportCommand(log.importId(), log.department(),
                log.sha256(), log.layout().name(), log.periodFrom(), log.periodTo(), log.searches(), log.rules().version(),
                log.upload().rerun(), clock.instant(), by));
        return evaluation;
    }

    /** The second pass over the same bytes: checks every search, records the flagged ones, completes the import. */
    public AuditSummary record(ValidatedAuditLog log, int evaluation, InputStream bytes, StaffMember by,
                               ImportProgress progress) {
        SearchAuditPolicy policy = new SearchAuditPolicy(log.rules());
        AgencyDirectory directory = policy.directory();
        List<FederalRequestAnchor> anchors = queries.query(new FindFederalRequestAnchorsQuery(),
                ResponseTypes.multipleInstancesOf(FederalRequestAnchor.class)).join();
        Function<String, Sealed> seal = vault.sealer(officerKeyId(log.importId()), "officer");
        String own = ownAgency(log.department());
        MessageDigest sha = Sha256.digest();
        AuditLogFile file = AuditLogFile.open(new DigestInputStream(bytes, sha), List.of(log.layout()));
        AuditTally tally = new AuditTally(cityZone);
        List<AuditedSearch> chunk = new ArrayList<>(CHUNK);
        int chunks = 0;
        for (SearchRecord search = file.next(); search != null; search = file.next()) {
            String agency = AgencyDirectory.display(log.layout().ownSearches() ? own : search.agency());
            String key = AgencyDirectory.key(agency);
            AgencyType type = log.layout().ownSearches() ? AgencyType.OWN_DEPARTMENT
                    : directory.classify(log.department(), agency);
            List<SearchFlag> flags = policy.evaluate(search,
                    new SearchContext(log.importId(), log.department(), key, type, log.bursts(), anchors));
            tally.add(agency, key, type, search.searchedAt(), flags);
            if (!flags.isEmpty()) {
                chunk.add(kept(search, agency, type, flags, seal));
                if (chunk.size() == CHUNK) {
                    commands.sendAndWait(new RecordFlaggedSearchesCommand(log.importId(), evaluation, chunks++, chunk));
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            if (tally.searches() % PROGRESS_EVERY == 0) {
                progress.searchesChecked(tally.searches(), log.searches());
            }
        }
        if (!chunk.isEmpty()) {
            commands.sendAndWait(new RecordFlaggedSearchesCommand(log.importId(), evaluation, chunks, chunk));
        }
        if (!Sha256.hex(sha).equals(log.sha256()) || tally.searches() != log.searches()) {
            throw new IllegalStateException("The file changed between the two passes; the import was not completed");
        }
        AuditSummary summary = tally.summary();
        commands.sendAndWait(new CompleteAuditLogImportCommand(log.importId(), evaluation, summary, clock.instant(), by));
        progress.searchesChecked(tally.searches(), log.searches());
        return summary;
    }

    private static AuditedSearch kept(SearchRecord search, String agency, AgencyType type, List<SearchFlag> flags,
                                      Function<String, Sealed> seal) {
        String officer = search.officer();
        Sealed sealedOfficer = officer == null || AuditLogLayout.isRedacted(officer) ? null : seal.apply(officer);
        return new AuditedSearch(search.line(), truncate(search.searchId(), 100), search.searchedAt(), agency, type,
                ReasonRedaction.redact(search.reason(), search.plate(), officer), search.hasCaseNumber(),
                search.networksSearched(), truncate(search.searchType(), 50), sealedOfficer, flags);
    }

    private String ownAgency(String department) {
        List<String> names = rules.ownAgencyNames().getOrDefault(department, List.of());
        return names.isEmpty() ? department : names.get(0);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
