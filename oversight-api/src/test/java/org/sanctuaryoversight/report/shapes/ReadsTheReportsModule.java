package org.sanctuaryoversight.report.shapes;

import org.sanctuaryoversight.report.ReportsModule;

/** A deliberate violation: a report section reaching into {@code report} for more than its messages. */
public class ReadsTheReportsModule {
    String group = ReportsModule.LEDGER_PROCESSING_GROUP + ReportsModule.class.getName();
}
