package org.sanctuaryoversight.readmodel;

/** One page of a read model's answer: what the pages' "page 2 of 5" and previous/next links need. */
public interface Paged {

    /** Zero-based. */
    int page();

    int size();

    /** Matching items on every page. */
    long total();

    default int pageCount() {
        return (int) Math.max(1, (total() + size() - 1) / size());
    }

    default boolean hasPrevious() {
        return page() > 0;
    }

    default boolean hasNext() {
        return page() + 1 < pageCount();
    }
}
