package org.sanctuaryoversight.report.ledger;

import java.time.Instant;

/**
 * One allegation the office recorded against a department ({@code AllegationRecordedEvent}) and its finding
 * ({@code FindingRecordedEvent}); the report counts sustained findings per department.
 *
 * @param department the department the allegation is about; null when none was named
 * @param finding    the finding code (SUSTAINED, NOT_SUSTAINED, …), null until one is recorded
 * @param recordedAt when the finding was recorded, null until then
 */
public record FindingFacts(String allegationId, String department, String finding, Instant recordedAt) {
}
