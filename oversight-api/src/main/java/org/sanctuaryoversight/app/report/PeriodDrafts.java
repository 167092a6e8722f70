package org.sanctuaryoversight.app.report;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.report.publication.PublishingReport;
import org.sanctuaryoversight.report.publication.ReportArchive;
import org.sanctuaryoversight.report.publication.ReportDraft;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.ReportsModule;
import org.springframework.stereotype.Component;

/**
 * What the staff reports page shows of each ended period, kept until the ledger or the archive moves. Compiling a
 * period reads the whole ledger and every published version, so recompiling every period on every visit made the page
 * slower with each period that ended. A period's entry is keyed by the position of the ledger's processor (an event it
 * handled may have changed the figures) and by the versions in the archive (read by identifier only: the page must
 * show a version as soon as the publication's own page has seen it stored, before the archive's token moves); when
 * either differs the period is compiled again. Nothing else feeds a draft (the calendar and the department codes are
 * settings). Read-only: the preview and the publication always compile afresh.
 */
@Component
class PeriodDrafts {

    /** One period as last compiled, with the positions it was compiled at. */
    record PeriodState(Key key, ReportDraft draft, int publishedVersions, long documentedSinceLatest) {
    }

    /** The ledger processor's positions and the archive's versions a draft was compiled at. */
    record Key(Map<String, Long> ledgerPositions, List<String> archiveVersions) {
    }

    private final PublishingReport publishing;
    private final ReportArchive archive;
    private final ReadModels readModels;
    private final Counter compiled;
    private final Map<Integer, PeriodState> periods = new ConcurrentHashMap<>();

    PeriodDrafts(PublishingReport publishing, ReportArchive archive, ReadModels readModels, MeterRegistry meters) {
        this.publishing = publishing;
        this.archive = archive;
        this.readModels = readModels;
        this.compiled = Counter.builder("oversight.reports.drafts.compiled")
                .description("Drafts of a period compiled for the staff reports page (the others came from the cache)")
                .register(meters);
    }

    PeriodState period(int period) {
        // read before the models themselves: what is then compiled is at least as new as its key
        Key key = new Key(readModels.positions(ReportsModule.LEDGER_PROCESSING_GROUP), archive.versions());
        PeriodState kept = periods.get(period);
        if (kept != null && Objects.equals(kept.key(), key)) {
            return kept;
        }
        compiled.increment();
        PeriodState fresh = new PeriodState(key, publishing.draft(period),
                archive.latest(period).map(ReportPublishedEvent::version).orElse(0),
                publishing.documentedSinceLatestVersion(period));
        periods.put(period, fresh);
        return fresh;
    }
}
