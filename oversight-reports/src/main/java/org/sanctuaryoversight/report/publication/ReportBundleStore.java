package org.sanctuaryoversight.report.publication;

import java.util.Optional;
import org.sanctuaryoversight.report.rendering.ReportBundle;

/**
 * The bytes of every published version, stored once at publication and served as they are ever after: no later change
 * of renderer, labels, library or class name can alter a published file. Not a read model: never dropped on a replay.
 */
public interface ReportBundleStore {

    Optional<ReportBundle> find(int period, int version);

    /** Stores a version's bundle unless one is already stored (the first stored wins); returns the stored one. */
    ReportBundle store(ReportBundle bundle);
}
