package org.sanctuaryoversight.surveillance;

/** Told how far the second pass over a log has come, every few thousand searches. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void searchesChecked(long done, long total);
}
