package org.sanctuaryoversight.report;

import java.util.List;

/** The disclosure-controlled tables of one period as the public sees them. */
public record PeriodFigures(int period, List<PublishedTable> tables) {

    public PeriodFigures {
        tables = List.copyOf(tables);
    }
}
