package org.sanctuaryoversight.app.web;

import java.util.List;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * One capability's part of the staff home's work list: what is waiting for this person. Each capability declares its
 * own (casework: complaints to acknowledge, my cases, overdue deadlines, messages awaiting a reply; the registry:
 * requests awaiting approval; …); the staff home shows every item whose count is not zero, urgent ones first.
 */
public interface WorkList {

    /**
     * @param messageKey the words of the item, with {0} for the count
     * @param link       where the person does the work
     * @param urgent     a deadline has passed
     */
    record WorkItem(String messageKey, long count, String link, boolean urgent) {
    }

    List<WorkItem> itemsFor(StaffMember member);
}
