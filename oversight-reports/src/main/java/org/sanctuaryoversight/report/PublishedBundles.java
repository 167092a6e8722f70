package org.sanctuaryoversight.report;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundle of every published version, served from the {@link ReportBundleStore}. A version is rendered once, right
 * after its publication (by {@link ReportBundleProjection}) or, for a version published before bundles were stored,
 * the first time it is needed (the frozen first renderer gives the bytes it had); then its bytes are stored and never
 * rendered again. While it renders, {@link #progress} says how far it got.
 */
public final class PublishedBundles {

    /** How far the rendering of a version got on this instance. */
    public record Progress(int done, int total, String part) {
    }

    private final ReportArchive archive;
    private final ReportBundleStore store;
    private final BundleRenderer renderer;
    private final Map<String, ReportBundle> stored = new ConcurrentHashMap<>();
    private final Map<String, Object> rendering = new ConcurrentHashMap<>();
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();

    public PublishedBundles(ReportArchive archive, ReportBundleStore store, BundleRenderer renderer) {
        this.archive = archive;
        this.store = store;
        this.renderer = renderer;
    }

    /** The stored bundle of a published version; empty when no such version is published. */
    public Optional<ReportBundle> bundle(int period, int version) {
        ReportBundle known = stored.get(key(period, version));
        if (known != null) {
            return Optional.of(known);
        }
        return archive.find(period, version).map(this::bundle);
    }

    /** The stored bundle of this version, rendering and storing it first if nobody has yet. */
    public ReportBundle bundle(ReportPublishedEvent publication) {
        String key = key(publication.period(), publication.version());
        ReportBundle known = stored.get(key);
        if (known != null) {
            return known;
        }
        synchronized (rendering.computeIfAbsent(key, any -> new Object())) {
            ReportBundle bundle = store.find(publication.period(), publication.version()).orElseGet(() -> {
                ReportBundle rendered = renderer.render(publication, (done, total, part) ->
                        progress.put(key, new Progress(done, total, part)));
                return store.store(rendered);
            });
            stored.put(key, bundle);
            progress.remove(key);
            return bundle;
        }
    }

    /** Whether the version's bytes are stored (published versions only). */
    public boolean isStored(int period, int version) {
        return stored.containsKey(key(period, version)) || store.find(period, version).isPresent();
    }

    /** How far this instance got in rendering the version; empty when it is not rendering it. */
    public Optional<Progress> progress(int period, int version) {
        return Optional.ofNullable(progress.get(key(period, version)));
    }

    public BundleRenderer renderer() {
        return renderer;
    }

    private static String key(int period, int version) {
        return period + "-v" + version;
    }
}
