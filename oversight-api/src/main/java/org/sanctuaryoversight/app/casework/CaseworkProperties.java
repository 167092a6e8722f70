package org.sanctuaryoversight.app.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.sanctuaryoversight.complaint.casework.BusinessCalendar;
import org.sanctuaryoversight.complaint.casework.CaseDeadlines;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Casework deadlines ({@code oversight.casework.*}); see docs/casework.md.
 *
 * @param acknowledgementBusinessDays business days the office has to acknowledge a complaint (default 5)
 * @param departmentResponseDays      calendar days a department has to answer a referral, unless staff set another date (default 30)
 * @param investigationDays           calendar days from acceptance to the investigation target (default 180)
 * @param holidays                    the city's holidays, which are not business days (ISO dates)
 * @param timeZone                    the office's time zone: due dates end at midnight there (default UTC)
 * @param pageSize                    cases per page in the case list (default 25)
 */
@ConfigurationProperties("oversight.casework")
public record CaseworkProperties(Integer acknowledgementBusinessDays, Integer departmentResponseDays,
                                 Integer investigationDays, List<LocalDate> holidays, ZoneId timeZone,
                                 Integer pageSize) {

    public CaseworkProperties {
        acknowledgementBusinessDays = acknowledgementBusinessDays == null
                ? CaseDeadlines.DEFAULT_ACKNOWLEDGEMENT_BUSINESS_DAYS : acknowledgementBusinessDays;
        departmentResponseDays = departmentResponseDays == null
                ? CaseDeadlines.DEFAULT_DEPARTMENT_RESPONSE_DAYS : departmentResponseDays;
        investigationDays = investigationDays == null ? CaseDeadlines.DEFAULT_INVESTIGATION_DAYS : investigationDays;
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        pageSize = pageSize == null ? 25 : pageSize;
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("oversight.casework.page-size must be between 1 and 100");
        }
    }

    CaseDeadlines deadlines() {
        return new CaseDeadlines(acknowledgementBusinessDays, departmentResponseDays, investigationDays,
                new BusinessCalendar(Set.copyOf(holidays)), timeZone);
    }
}
