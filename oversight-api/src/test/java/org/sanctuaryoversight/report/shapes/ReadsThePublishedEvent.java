package org.sanctuaryoversight.report.shapes;

import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;

/** Allowed: a report section reading the report's stored message vocabulary, as the renderers do. */
public class ReadsThePublishedEvent {
    PublishedTable first(ReportPublishedEvent event) {
        return event.tables().get(0);
    }
}
