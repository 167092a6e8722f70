package org.sanctuaryoversight.app.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sanctuaryoversight.app.web.Languages;
import org.sanctuaryoversight.report.rendering.BundleRenderer;
import org.sanctuaryoversight.report.rendering.FrozenLabels;
import org.sanctuaryoversight.report.rendering.Headline;
import org.sanctuaryoversight.report.rendering.OfficeSigningKey;
import org.sanctuaryoversight.report.publication.PublishedBundles;
import org.sanctuaryoversight.report.publication.ReportArchive;
import org.sanctuaryoversight.report.rendering.ReportBundle;
import org.sanctuaryoversight.report.rendering.ReportLabels;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.rendering.ReportWords;
import org.springframework.stereotype.Component;

/** The published versions as the public pages show them: by period, newest first, each with its headline. */
@Component
record PublishedReports(ReportArchive archive, PublishedBundles bundles, ReportLabels labels) {

    /**
     * One version on the list: its headline in the reader's language, the key that signed it, the report in the
     * reader's language ({@code inReadersLanguage}; else in English) and in the others it was published in.
     */
    record Version(int period, int version, String periodStart, String lastDay, String publishedAt, boolean superseded,
                   String erratum, List<String> headline, String keyFingerprint, String base, Edition read,
                   boolean inReadersLanguage, List<Edition> others) {
    }

    /** The report of a version in one language: its page and, where the language has one, its PDF (else null). */
    record Edition(String tag, String name, String dir, String html, String pdf) {
    }

    /** A period and its versions, the latest first. */
    record Period(int number, String periodStart, String lastDay, Version latest, List<Version> earlier) {
    }

    /** The versions by period, in the reader's language, dates written the reader's way. */
    List<Period> periods(Languages.Language reader) {
        String language = reader.tag();
        List<ReportPublishedEvent> all = archive.all();
        Map<Integer, List<Version>> byPeriod = new TreeMap<>(Comparator.reverseOrder());
        for (ReportPublishedEvent publication : all) {
            boolean superseded = all.stream().anyMatch(other -> other.period() == publication.period()
                    && other.version() > publication.version());
            byPeriod.computeIfAbsent(publication.period(), any -> new ArrayList<>()).add(0, version(publication,
                    superseded, reader));
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
     * The words of a version: its own frozen labels; a version of the first format froze none, and one published
     * before issue 22 none in the languages added then, so its headline on this page reads today's labels in them
     * (its published files are untouched).
     */
    ReportWords words(ReportPublishedEvent publication, String language) {
        if (publication.labels().containsKey(language)) {
            return ReportWords.of(publication, language);
        }
        return new ReportWords(language, new FrozenLabels(labels.freeze(publication.tables()).get(language)));
    }

    private Version version(ReportPublishedEvent publication, boolean superseded, Languages.Language reader) {
        ReportBundle bundle = bundles.bundle(publication);
        String key = bundle.file(BundleRenderer.PUBLIC_KEY_FILE)
                .map(pem -> OfficeSigningKey.fingerprintOfPem(new String(pem, java.nio.charset.StandardCharsets.US_ASCII)))
                .orElse("");
        String base = "/reports/" + publication.period() + "/v" + publication.version() + "/";
        List<Edition> editions = editions(bundle, base);
        Edition read = editions.stream().filter(edition -> edition.tag().equals(reader.tag())).findFirst()
                .orElse(editions.isEmpty() ? null : editions.get(0));
        boolean inReadersLanguage = read != null && read.tag().equals(reader.tag());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(reader.locale());
        return new Version(publication.period(), publication.version(), day.format(publication.periodStart()),
                day.format(publication.lastDay()), moment(publication, reader), superseded, publication.erratum(),
                Headline.sentences(publication, words(publication, reader.tag())), key, base, read, inReadersLanguage,
                editions.stream().filter(edition -> edition != read).toList());
    }

    /** The languages a stored bundle has a page in, in the order of the language list, each with its PDF if any. */
    static List<Edition> editions(ReportBundle bundle, String base) {
        List<Edition> editions = new ArrayList<>();
        for (Languages.Language language : Languages.PUBLIC) {
            String html = BundleRenderer.htmlName(language.tag());
            if (bundle.file(html).isPresent()) {
                String pdf = BundleRenderer.pdfName(language.tag());
                editions.add(new Edition(language.tag(), language.ownName(), language.rightToLeft() ? "rtl" : "ltr",
                        base + (language.tag().equals("en") ? "" : html), bundle.file(pdf).isPresent() ? base + pdf : null));
            }
        }
        return editions;
    }

    private static String moment(ReportPublishedEvent publication, Languages.Language reader) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(reader.locale())
                .withZone(ZoneOffset.UTC).format(publication.publishedAt()) + " UTC";
    }
}
