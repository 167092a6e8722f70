package org.sanctuaryoversight.app.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sanctuaryoversight.report.FrozenLabels;
import org.sanctuaryoversight.report.Headline;
import org.sanctuaryoversight.report.OfficeSigningKey;
import org.sanctuaryoversight.report.PublishedBundles;
import org.sanctuaryoversight.report.ReportArchive;
import org.sanctuaryoversight.report.ReportBundle;
import org.sanctuaryoversight.report.ReportLabels;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.ReportWords;
import org.springframework.stereotype.Component;

/** The published versions as the public pages show them: by period, newest first, each with its headline. */
@Component
class PublishedReports {

    static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ReportArchive archive;
    private final PublishedBundles bundles;
    private final ReportLabels labels;

    PublishedReports(ReportArchive archive, PublishedBundles bundles, ReportLabels labels) {
        this.archive = archive;
        this.bundles = bundles;
        this.labels = labels;
    }

    /** One version on the list: its headline in the reader's language and the key that signed it. */
    record Version(int period, int version, String periodStart, String lastDay, String publishedAt, boolean superseded,
                   String erratum, List<String> headline, String keyFingerprint, String base) {
    }

    /** A period and its versions, the latest first. */
    record Period(int number, String periodStart, String lastDay, Version latest, List<Version> earlier) {
    }

    List<Period> periods(String language) {
        List<ReportPublishedEvent> all = archive.all();
        Map<Integer, List<Version>> byPeriod = new TreeMap<>(Comparator.reverseOrder());
        for (ReportPublishedEvent publication : all) {
            boolean superseded = all.stream().anyMatch(other -> other.period() == publication.period()
                    && other.version() > publication.version());
            byPeriod.computeIfAbsent(publication.period(), any -> new ArrayList<>()).add(0, version(publication,
                    superseded, language));
        }
        List<Period> periods = new ArrayList<>();
        byPeriod.forEach((number, versions) -> periods.add(new Period(number, versions.get(0).periodStart(),
                versions.get(0).lastDay(), versions.get(0), versions.subList(1, versions.size()))));
        return periods;
    }

    /** The latest version of every period, oldest first (the comparison page). */
    List<ReportPublishedEvent> latestOfEachPeriod() {
        Map<Integer, ReportPublishedEvent> latest = new TreeMap<>();
        archive.all().forEach(publication -> latest.put(publication.period(), publication));
        return List.copyOf(latest.values());
    }

    List<ReportPublishedEvent> all() {
        return archive.all();
    }

    /**
     * The words of a version: its own frozen labels; a version of the first format froze none, so its headline on
     * this page reads today's labels (its published files are untouched).
     */
    ReportWords words(ReportPublishedEvent publication, String language) {
        if (!publication.legacyFormat()) {
            return ReportWords.of(publication, language);
        }
        return new ReportWords(language, new FrozenLabels(labels.freeze(publication.tables()).get(language)));
    }

    private Version version(ReportPublishedEvent publication, boolean superseded, String language) {
        ReportBundle bundle = bundles.bundle(publication);
        String key = bundle.file(org.sanctuaryoversight.report.BundleRenderer.PUBLIC_KEY_FILE)
                .map(pem -> OfficeSigningKey.fingerprintOfPem(new String(pem, java.nio.charset.StandardCharsets.US_ASCII)))
                .orElse("");
        return new Version(publication.period(), publication.version(), publication.periodStart().toString(),
                publication.lastDay().toString(), PUBLISHED.format(publication.publishedAt()), superseded,
                publication.erratum(), Headline.sentences(publication, words(publication, language)), key,
                "/reports/" + publication.period() + "/v" + publication.version() + "/");
    }
}
