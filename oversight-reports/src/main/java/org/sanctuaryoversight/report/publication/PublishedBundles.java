package org.sanctuaryoversight.report.publication;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.rendering.BundleRenderer;
import org.sanctuaryoversight.report.rendering.ReportBundle;

/**
 * The bundle of every published version, served from the {@link ReportBundleStore}. A version is rendered once, right
 * after its publication (queued by {@link org.sanctuaryoversight.report.ReportBundleProjection} on a background thread: rendering two tagged PDFs
 * takes longer than an event handler may), or, should that not have happened yet, the first time it is needed; for a
 * version published before bundles were stored the frozen first renderer gives the bytes it had. Then its bytes are
 * stored and never rendered again. While it renders, {@link #progress} says how far it got.
 */
public final class PublishedBundles {

    /** How far the rendering of a version got on this instance. */
    public record Progress(int done, int total, String part) {
    }

    private static final System.Logger LOG = System.getLogger(PublishedBundles.class.getName());

    private final ReportArchive archive;
    private final ReportBundleStore store;
    private final BundleRenderer renderer;
    private final Executor background;
    private final Map<String, ReportBundle> stored = new ConcurrentHashMap<>();
    private final Map<String, Object> rendering = new ConcurrentHashMap<>();
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();

    public PublishedBundles(ReportArchive archive, ReportBundleStore store, BundleRenderer renderer) {
        this(archive, store, renderer, Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "report-bundle-renderer");
            thread.setDaemon(true);
            return thread;
        }));
    }

    public PublishedBundles(ReportArchive archive, ReportBundleStore store, BundleRenderer renderer, Executor background) {
        this.archive = archive;
        this.store = store;
        this.renderer = renderer;
        this.background = background;
    }

    /** Renders and stores the version's bundle on the background thread, unless it is stored already. */
    public void prepare(ReportPublishedEvent publication) {
        String key = key(publication.period(), publication.version());
        if (stored.containsKey(key) || progress.putIfAbsent(key, new Progress(0, 0, "queued")) != null) {
            return;
        }
        background.execute(() -> {
            try {
                bundle(publication);
            } catch (RuntimeException e) {
                // Not lost: the first request for the version renders it again.
                progress.remove(key);
                LOG.log(System.Logger.Level.ERROR, "Could not prepare the bundle of report " + key, e);
            }
        });
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
