package org.sanctuaryoversight.report.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.sanctuaryoversight.report.PublishReportCommand;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.ReportingPeriod;
import org.sanctuaryoversight.report.ledger.PeriodCounts;
import org.sanctuaryoversight.report.ledger.ReportLedger;
import org.sanctuaryoversight.report.rendering.Checksums;
import org.sanctuaryoversight.report.rendering.ReportJson;
import org.sanctuaryoversight.report.rendering.ReportLabels;
import org.sanctuaryoversight.report.rendering.ReportPdf;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * The use case "the ombudsperson publishes a period": compile the figures from the ledger, audit them against
 * everything already public, show the preview, and, once the ombudsperson confirms that very preview, freeze figures
 * and labels in a {@link ReportPublishedEvent}. A second publication of the same period is a correction, which needs
 * an erratum and chains to the manifest of the version it supersedes.
 */
public final class PublishingReport {

    public static final int MAX_ERRATUM_CHARS = 2_000;

    private final ReportCompiler compiler;
    private final ReportLedger ledger;
    private final ReportArchive archive;
    private final PublishedBundles bundles;
    private final ReportLabels labels;
    private final String pageSize;
    private final CommandGateway commandGateway;
    private final Clock clock;

    public PublishingReport(ReportCompiler compiler, ReportLedger ledger, ReportArchive archive, PublishedBundles bundles,
                            ReportLabels labels, String pageSize, CommandGateway commandGateway, Clock clock) {
        this.compiler = compiler;
        this.ledger = ledger;
        this.archive = archive;
        this.bundles = bundles;
        this.labels = labels;
        this.pageSize = ReportPdf.PageSize.of(pageSize).name();
        this.commandGateway = commandGateway;
        this.clock = clock;
    }

    /** The figures as they would be published now, with the audit; nothing is written. */
    public ReportDraft draft(int period) {
        if (period < 1) {
            throw NotPublishable.UNKNOWN_PERIOD.refusal("period " + period);
        }
        List<ReportPublishedEvent> published = archive.all();
        Map<Integer, Instant> firstPublished = new TreeMap<>();
        published.forEach(version -> firstPublished.merge(version.period(), version.publishedAt(),
                (first, later) -> first.isBefore(later) ? first : later));
        // The counters when the ledger keeps them (the application's does); the records otherwise.
        return ledger.counters()
                .map(counters -> compiler.draft(PeriodCounts.read(counters, period), ledger.federalRequests(),
                        archive.latestExcept(period), firstPublished))
                .orElseGet(() -> compiler.draft(period, ledger.complaints(), ledger.federalRequests(),
                        ledger.identityViews(), archive.latestExcept(period), firstPublished));
    }

    /** The version as it would be published now: what the preview page shows and the confirmation names. */
    public PublicationPreview preview(int period) {
        ReportDraft draft = draft(period);
        int version = archive.latest(period).map(ReportPublishedEvent::version).orElse(0) + 1;
        Map<String, Map<String, String>> frozen = labels.freeze(draft.tables());
        ReportPublishedEvent event = new ReportPublishedEvent(PublishReportCommand.publicationId(period), period,
                version, draft.period().start(), draft.period().lastDay(), now(), null, null, null, compiler.threshold(),
                draft.tables(), ReportPublishedEvent.CURRENT_FORMAT, pageSize, frozen);
        return new PublicationPreview(draft, version, event, digest(draft.tables(), frozen));
    }

    /** Every period that has ended, oldest first. */
    public List<ReportingPeriod> endedPeriods() {
        return compiler.calendar().endedPeriods(clock.instant());
    }

    /**
     * Requests received in the period that were documented after its latest version was published: a correction
     * would count them (the staff page offers one).
     */
    public long documentedSinceLatestVersion(int period) {
        return archive.latest(period).map(latest -> compiler.documentedSince(period, ledger.federalRequests(),
                latest.publishedAt())).orElse(0L);
    }

    /** Publishes the previewed and confirmed period and returns the new version's number. */
    public int publish(int period, StaffMember publisher, String erratum, PublicationConfirmation confirmation) {
        if (period < 1) {
            throw NotPublishable.UNKNOWN_PERIOD.refusal("period " + period);
        }
        ReportingPeriod reportingPeriod = compiler.calendar().period(period);
        if (reportingPeriod.endInstant().isAfter(clock.instant())) {
            throw NotPublishable.PERIOD_NOT_ENDED.refusal("period " + period);
        }
        // Periods are published in order, so the cross-period audit always sees the period before.
        if (period > 1 && archive.latest(period - 1).isEmpty()) {
            throw NotPublishable.PREVIOUS_PERIOD_UNPUBLISHED.refusal("period " + (period - 1));
        }
        if (erratum != null && erratum.length() > MAX_ERRATUM_CHARS) {
            throw NotPublishable.ERRATUM_TOO_LONG.refusal(null);
        }
        if (confirmation == null || confirmation.draftDigest() == null || confirmation.draftDigest().isBlank()) {
            throw NotPublishable.CONFIRMATION_REQUIRED.refusal("period " + period);
        }
        PublicationPreview preview = preview(period);
        ReportDraft draft = preview.draft();
        if (!draft.audit().passed()) {
            throw NotPublishable.DISCLOSURE_AUDIT_FAILED.refusal(draft.audit().exposures().get(0).reason());
        }
        if (confirmation.version() != preview.version() || !confirmation.draftDigest().equals(preview.draftDigest())) {
            throw NotPublishable.PREVIEW_OUTDATED.refusal("period " + period + " version "
                    + preview.version());
        }
        Optional<ReportPublishedEvent> previous = archive.latest(period);
        String previousManifest = previous.map(version -> bundles.bundle(version).manifestSha256()).orElse(null);
        if (previousManifest != null && (erratum == null || erratum.isBlank())) {
            throw NotPublishable.ERRATUM_REQUIRED.refusal(null);
        }
        Integer version = commandGateway.sendAndWait(new PublishReportCommand(PublishReportCommand.publicationId(period),
                reportingPeriod, now(), publisher, erratum, previousManifest, compiler.threshold(), draft.tables(), true,
                pageSize, preview.event().labels(), preview.version()));
        return version;
    }

    /** Publication times are kept to the second: nobody reads nanoseconds, and every page shows the same time. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String digest(List<PublishedTable> tables, Map<String, Map<String, String>> labels) {
        try {
            String json = ReportJson.mapper().writeValueAsString(Map.of("labels", labels, "tables", tables));
            return Checksums.sha256Hex(json.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot digest a draft", e);
        }
    }
}
