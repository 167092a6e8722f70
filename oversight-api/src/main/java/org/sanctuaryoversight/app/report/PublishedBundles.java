package org.sanctuaryoversight.app.report;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sanctuaryoversight.report.BundleRenderer;
import org.sanctuaryoversight.report.ReportArchive;
import org.sanctuaryoversight.report.ReportBundle;
import org.springframework.stereotype.Component;

/** Renders a published version's bundle once and keeps it: rendering is deterministic, so caching is safe. */
@Component
class PublishedBundles {

    private final ReportArchive archive;
    private final BundleRenderer renderer;
    private final ConcurrentHashMap<String, ReportBundle> cache = new ConcurrentHashMap<>();

    PublishedBundles(ReportArchive archive, BundleRenderer renderer) {
        this.archive = archive;
        this.renderer = renderer;
    }

    Optional<ReportBundle> bundle(int period, int version) {
        return archive.find(period, version)
                .map(publication -> cache.computeIfAbsent(period + "-v" + version, key -> renderer.render(publication)));
    }
}
