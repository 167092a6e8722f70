package org.sanctuaryoversight.app.report;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.report.PublishingReport;
import org.sanctuaryoversight.report.ReportArchive;
import org.sanctuaryoversight.report.ReportDraft;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.ReportsModule;
import org.springframework.stereotype.Component;

/**
 * What the staff reports page shows of each ended period, kept until the ledger or the archive moves. Compiling a
 * period reads the whole ledger and every published version, so recompiling every period on every visit made the page
 * slower with each period that ended. A period's entry is keyed by the positions of the ledger's and the archive's
 * processors: an event either handled may have changed the figures, and then the period is compiled again; nothing
 * else feeds a draft (the calendar and the department codes are settings). Read-only: publishing still compiles afresh.
 */
@Component
class PeriodDrafts {

    /** One period as last compiled, with the positions it was compiled at. */
    record PeriodState(Map<String, Long> positions, ReportDraft draft, int publishedVersions, long documentedSinceLatest) {
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
        Map<String, Long> positions = readModels.positions(ReportsModule.LEDGER_PROCESSING_GROUP,
                ReportsModule.ARCHIVE_PROCESSING_GROUP);
        PeriodState kept = periods.get(period);
        if (kept != null && Objects.equals(kept.positions(), positions)) {
            return kept;
        }
        compiled.increment();
        PeriodState fresh = new PeriodState(positions, publishing.draft(period),
                archive.latest(period).map(ReportPublishedEvent::version).orElse(0),
                publishing.documentedSinceLatestVersion(period));
        periods.put(period, fresh);
        return fresh;
    }
}
