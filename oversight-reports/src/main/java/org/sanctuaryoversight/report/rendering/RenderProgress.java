package org.sanctuaryoversight.report.rendering;

/** Told as each part of a bundle is rendered, so the publishing page can show how far it got. */
@FunctionalInterface
public interface RenderProgress {

    RenderProgress NONE = (done, total, part) -> { };

    /** {@code done} of {@code total} parts are rendered; {@code part} names the one just finished (e.g. {@code report-es.pdf}). */
    void rendered(int done, int total, String part);
}
