package org.sanctuaryoversight.app.federalrequest;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.FindStaffRecordQuery;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.FindStaffRecordsQuery;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.StaffRecord;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.StaffRecordsPage;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.stereotype.Component;

/** Reads the staff register: a liaison sees their own department's requests, the ombudsperson every department's. */
@Component
record ReadingStaffRegister(QueryGateway queries, RegistryProperties properties) {

    /** @param department the office's filter (null for all); a liaison always reads their own department */
    StaffRecordsPage page(StaffMember reader, String department, boolean flagged, boolean awaitingApproval, int page) {
        return query(new FindStaffRecordsQuery(scope(reader, department), flagged, awaitingApproval, Math.max(page, 0),
                properties.pageSize()));
    }

    long count(StaffMember reader, boolean flagged, boolean awaitingApproval) {
        return query(new FindStaffRecordsQuery(scope(reader, null), flagged, awaitingApproval, 0, 1)).total();
    }

    Optional<StaffRecord> record(String requestId) {
        return queries.query(new FindStaffRecordQuery(requestId), ResponseTypes.optionalInstanceOf(StaffRecord.class))
                .join();
    }

    private StaffRecordsPage query(FindStaffRecordsQuery query) {
        return queries.query(query, ResponseTypes.instanceOf(StaffRecordsPage.class)).join();
    }

    private static String scope(StaffMember reader, String department) {
        return reader.role() == StaffRole.DEPARTMENT_LIAISON ? reader.department() : department;
    }
}
