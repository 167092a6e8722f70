package org.sanctuaryoversight.federalrequest;

import java.util.List;

/** One page of the public register, with the number of records that match the filters in all. */
public record PublicRegisterPage(List<PublicRegisterEntry> entries, long total, int page, int size) {
    public PublicRegisterPage {
        entries = List.copyOf(entries);
    }

    public boolean hasNext() {
        return size > 0 && (long) (page + 1) * size < total;
    }
}
