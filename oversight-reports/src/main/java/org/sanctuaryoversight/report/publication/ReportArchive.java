package org.sanctuaryoversight.report.publication;

import java.util.List;
import java.util.Optional;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.ReportPublishedEvent;

/** Every published version of every period, as frozen in its {@link ReportPublishedEvent}. */
public interface ReportArchive {

    void save(ReportPublishedEvent publication);

    /** All versions, by period then version. */
    List<ReportPublishedEvent> all();

    Optional<ReportPublishedEvent> find(int period, int version);

    /**
     * Which versions exist ({@code period/version}, by period then version), without reading them: enough to tell
     * whether anything was published since a draft was compiled.
     */
    default List<String> versions() {
        return all().stream().map(publication -> publication.period() + "/" + publication.version()).toList();
    }

    default Optional<ReportPublishedEvent> latest(int period) {
        return all().stream().filter(publication -> publication.period() == period)
                .reduce((first, second) -> second);
    }

    /** The latest version of every period except {@code period}: what a reader already has. */
    default List<PeriodFigures> latestExcept(int period) {
        java.util.Map<Integer, ReportPublishedEvent> latest = new java.util.TreeMap<>();
        all().stream().filter(publication -> publication.period() != period)
                .forEach(publication -> latest.put(publication.period(), publication));
        return latest.values().stream().map(ReportPublishedEvent::figures).toList();
    }

    void clear();
}
